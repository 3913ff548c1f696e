package shop.orders.order;

import java.util.UUID;

/**
 * Whether a user may rate a product of an order: they own it, it was delivered, and it
 * contains the product.
 *
 * @param orderId the order
 * @param ownedByUser whether the user placed it
 * @param status its status
 * @param containsProduct whether one of its lines is the product
 * @param eligible all three hold
 */
public record RatingEligibility(UUID orderId, boolean ownedByUser, OrderStatus status, boolean containsProduct,
		boolean eligible) {

}
