package shop.fulfillment.reservation.web;

import jakarta.validation.constraints.Min;

/**
 * {@code {ttlSeconds?}}.
 */
record RenewRequest(@Min(1) Long ttlSeconds) {

}
