/**
 * Accounts: users with their roles, password hashes and encrypted personal data (name,
 * phone, addresses), found by the blind index of their email; the password policy and the
 * first admin.
 */
package shop.auth.user;
