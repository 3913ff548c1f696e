/**
 * HTTP API of accounts: sign-up, the owner's profile and addresses, role changes by
 * admins, and the internal user and address look-ups for orders-service.
 */
package shop.auth.user.web;
