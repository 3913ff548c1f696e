/**
 * The simulator's own test-only API under {@code /simulator}: arm faults, read the ledger
 * of captures and refunds, sign webhook transmissions, reset everything.
 */
package shop.paypal.admin;
