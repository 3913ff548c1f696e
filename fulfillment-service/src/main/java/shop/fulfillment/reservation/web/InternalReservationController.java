package shop.fulfillment.reservation.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.common.security.internal.InternalApi;
import shop.fulfillment.reservation.ReservationService;
import shop.fulfillment.reservation.ReservationService.ReservedLine;

/**
 * Reservations of cart lines. Each call is idempotent by its own identity (the cart, and
 * the product for a line), so an {@code Idempotency-Key} adds nothing here.
 */
@RestController
class InternalReservationController {

	private final ReservationService reservations;

	InternalReservationController(ReservationService reservations) {
		this.reservations = reservations;
	}

	@PutMapping("/internal/reservations/{cartId}/{productId}")
	@InternalApi(callers = "cart-service")
	ReservedLine reserve(@PathVariable UUID cartId, @PathVariable UUID productId,
			@Valid @RequestBody ReserveRequest request) {
		return this.reservations.reserve(cartId, productId, request.quantity(), ttl(request.ttlSeconds()));
	}

	@DeleteMapping("/internal/reservations/{cartId}")
	@InternalApi(callers = { "cart-service", "orders-service" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void release(@PathVariable UUID cartId) {
		this.reservations.releaseCart(cartId);
	}

	@PostMapping("/internal/reservations/{cartId}/renew")
	@InternalApi(callers = "cart-service")
	Renewed renew(@PathVariable UUID cartId, @Valid @RequestBody(required = false) RenewRequest request) {
		return new Renewed(cartId,
				this.reservations.renew(cartId, ttl((request != null) ? request.ttlSeconds() : null)));
	}

	private static Duration ttl(Long seconds) {
		return (seconds != null) ? Duration.ofSeconds(seconds) : null;
	}

	record Renewed(UUID cartId, Instant expiresAt) {

	}

}
