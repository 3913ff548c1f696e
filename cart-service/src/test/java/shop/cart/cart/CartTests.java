package shop.cart.cart;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import shop.common.web.ShopException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CartTests {

	private static final Duration TTL = Duration.ofMinutes(30);

	private static final CartLimits LIMITS = new CartLimits(3, 10);

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private final Cart cart = Cart.open(UUID.randomUUID(), this.now, TTL);

	private final Money price = new Money(new BigDecimal("9.99"), "USD");

	@Test
	void addsToTheLineOfAProductAlreadyInTheCartKeepingItsLockedPrice() {
		UUID product = UUID.randomUUID();
		this.cart.add(product, 2, this.price, "SKU", "Cable", LIMITS, this.now);
		CartItem line = this.cart.add(product, 3, new Money(new BigDecimal("12.00"), "USD"), "SKU", "Cable", LIMITS,
				this.now);
		assertThat(this.cart.items()).hasSize(1);
		assertThat(line.quantity()).isEqualTo(5);
		assertThat(line.lockedPrice()).isEqualTo(this.price);
		assertThat(line.lineTotal().plainAmount()).isEqualTo("49.95");
	}

	@Test
	void refusesMoreUnitsPerLineOrMoreLinesThanTheLimits() {
		UUID product = UUID.randomUUID();
		this.cart.add(product, 10, this.price, "A", "A", LIMITS, this.now);
		assertThatExceptionOfType(ShopException.class)
			.isThrownBy(() -> this.cart.quantityAfterAdding(product, 1, LIMITS))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CART_LIMIT_EXCEEDED"));
		this.cart.add(UUID.randomUUID(), 1, this.price, "B", "B", LIMITS, this.now);
		this.cart.add(UUID.randomUUID(), 1, this.price, "C", "C", LIMITS, this.now);
		assertThatExceptionOfType(ShopException.class)
			.isThrownBy(() -> this.cart.add(UUID.randomUUID(), 1, this.price, "D", "D", LIMITS, this.now))
			.satisfies((ex) -> assertThat(ex.properties()).containsEntry("maxLines", 3));
		assertThat(this.cart.quantityAfterAdding(product, 5, new CartLimits(3, 20))).isEqualTo(15);
	}

	@Test
	void refusesEveryChangeWhileLocked() {
		UUID product = UUID.randomUUID();
		CartItem item = this.cart.add(product, 1, this.price, "A", "A", LIMITS, this.now);
		this.cart.lockFor(UUID.randomUUID(), this.now);
		assertThat(this.cart.status()).isEqualTo(CartStatus.LOCKED);
		assertCartLocked(() -> this.cart.quantityAfterAdding(product, 1, LIMITS));
		assertCartLocked(() -> this.cart.changeQuantity(item.id(), 2, LIMITS, this.now));
		assertCartLocked(() -> this.cart.remove(item.id(), this.now));
		assertCartLocked(() -> this.cart.empty(this.now));
	}

	@Test
	void locksRepeatablyForOneOrderAndRefusesAnother() {
		this.cart.add(UUID.randomUUID(), 1, this.price, "A", "A", LIMITS, this.now);
		UUID order = UUID.randomUUID();
		this.cart.lockFor(order, this.now);
		this.cart.lockFor(order, this.now);
		assertThat(this.cart.lockedBy()).isEqualTo(order);
		assertCartLocked(() -> this.cart.lockFor(UUID.randomUUID(), this.now));
	}

	@Test
	void refusesToLockAnEmptyCart() {
		assertThatExceptionOfType(ShopException.class).isThrownBy(() -> this.cart.lockFor(UUID.randomUUID(), this.now))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CART_EMPTY"));
	}

	@Test
	void unlocksOnlyForTheOrderHoldingTheLockAndGivesTheCartAFreshTtl() {
		this.cart.add(UUID.randomUUID(), 1, this.price, "A", "A", LIMITS, this.now);
		UUID order = UUID.randomUUID();
		this.cart.lockFor(order, this.now);
		Instant later = this.now.plus(Duration.ofHours(1));
		assertThat(this.cart.unlock(UUID.randomUUID(), later, TTL)).isFalse();
		assertThat(this.cart.status()).isEqualTo(CartStatus.LOCKED);
		assertThat(this.cart.unlock(order, later, TTL)).isTrue();
		assertThat(this.cart.status()).isEqualTo(CartStatus.OPEN);
		assertThat(this.cart.hasExpired(later)).isFalse();
		assertThat(this.cart.renewalDue(later, Duration.ofMinutes(1))).isTrue();
		assertThat(this.cart.unlock(order, later, TTL)).isFalse();
	}

	@Test
	void checksOutOnlyWhenLockedByTheOrderAndRepeatably() {
		this.cart.add(UUID.randomUUID(), 1, this.price, "A", "A", LIMITS, this.now);
		UUID order = UUID.randomUUID();
		assertThatExceptionOfType(ShopException.class).isThrownBy(() -> this.cart.checkOut(order, this.now))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CART_NOT_LOCKED"));
		this.cart.lockFor(order, this.now);
		this.cart.checkOut(order, this.now);
		this.cart.checkOut(order, this.now);
		assertThat(this.cart.status()).isEqualTo(CartStatus.CHECKED_OUT);
		assertThat(this.cart.isActive()).isFalse();
		assertThatExceptionOfType(ShopException.class)
			.isThrownBy(() -> this.cart.checkOut(UUID.randomUUID(), this.now));
		assertThatIllegalStateException().isThrownBy(() -> this.cart.expire(this.now));
	}

	@Test
	void expiresOnlyWhenOpenAndIdlePastItsReservations() {
		assertThat(this.cart.hasExpired(this.now.plus(Duration.ofMinutes(29)))).isFalse();
		assertThat(this.cart.hasExpired(this.now.plus(TTL))).isTrue();
		this.cart.reservationsRenewed(this.now.plus(Duration.ofMinutes(20)), TTL);
		assertThat(this.cart.hasExpired(this.now.plus(TTL))).isFalse();
		this.cart.expire(this.now.plus(Duration.ofHours(1)));
		assertThat(this.cart.status()).isEqualTo(CartStatus.EXPIRED);
		assertThatExceptionOfType(ShopException.class)
			.isThrownBy(() -> this.cart.quantityAfterAdding(UUID.randomUUID(), 1, LIMITS))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CART_CLOSED"));
	}

	@Test
	void findsOnlyItsOwnItems() {
		assertThatExceptionOfType(ShopException.class).isThrownBy(() -> this.cart.item(UUID.randomUUID()))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(404));
	}

	@Test
	void keepsMoneyAtTheCurrencysScale() {
		assertThat(new Money(new BigDecimal("1.005"), "USD").plainAmount()).isEqualTo("1.00");
		assertThat(new Money(new BigDecimal("1.015"), "USD").plainAmount()).isEqualTo("1.02");
		assertThat(new Money(new BigDecimal("1500"), "JPY").plainAmount()).isEqualTo("1500");
		assertThat(new Money(new BigDecimal("2.5"), "USD").times(3))
			.isEqualTo(new Money(new BigDecimal("7.50"), "USD"));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> Money.zero("USD").plus(Money.zero("EUR")));
	}

	private static void assertCartLocked(Runnable change) {
		assertThatExceptionOfType(ShopException.class).isThrownBy(change::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CART_LOCKED"));
	}

}
