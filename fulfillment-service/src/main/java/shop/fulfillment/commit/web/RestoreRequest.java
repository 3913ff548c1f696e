package shop.fulfillment.commit.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {orderId}}.
 */
record RestoreRequest(@NotNull UUID orderId) {

}
