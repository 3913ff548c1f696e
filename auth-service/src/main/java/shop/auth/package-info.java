/**
 * auth-service: Accounts, sessions and tokens: who the shoppers and operators are.
 */
package shop.auth;
