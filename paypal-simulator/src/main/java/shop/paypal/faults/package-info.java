/**
 * Faults a test or benchmark asks the simulator to inject into its next calls: declined
 * captures, 500s, answers held back past the caller's timeout, late approvals.
 */
package shop.paypal.faults;
