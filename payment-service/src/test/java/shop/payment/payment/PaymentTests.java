package shop.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import shop.common.web.ShopException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PaymentTests {

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private final Money amount = new Money(new BigDecimal("44.98"), "USD");

	private final Payment payment = Payment.start(UUID.randomUUID(), this.amount, "key-1", this.now);

	@Test
	void walksFromNewThroughCreatedAndApprovedToCapturedAndRefundedWithItsHistory() {
		this.payment.providerOrderCreated(sealed("order"), sealed("url"), this.now);
		this.payment.approved(sealed("payer"), this.now);
		assertThat(this.payment.captured(sealed("capture"), this.amount, this.now)).isTrue();
		this.payment.refunded(sealed("refund"), this.amount, "refunded", this.now);
		assertThat(this.payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(this.payment.history()).extracting(PaymentStatusChange::toStatus)
			.containsExactly(PaymentStatus.NEW, PaymentStatus.CREATED, PaymentStatus.APPROVED, PaymentStatus.CAPTURED,
					PaymentStatus.REFUNDED);
		assertThat(this.payment.history().get(1).fromStatus()).isEqualTo(PaymentStatus.NEW);
	}

	@Test
	void showsNewAsCreated() {
		assertThat(this.payment.status().shown()).isEqualTo("CREATED");
	}

	@Test
	void keepsTheFirstCaptureKeyForEveryAttempt() {
		this.payment.providerOrderCreated(sealed("order"), sealed("url"), this.now);
		assertThat(this.payment.captureKey("first")).isEqualTo("first");
		assertThat(this.payment.captureKey("second")).isEqualTo("first");
	}

	@Test
	void refusesToCaptureBeforePayPalHasAnOrderOrAfterAVoid() {
		assertProblem(() -> this.payment.captureKey("k"), "PAYMENT_NOT_APPROVED");
		this.payment.providerOrderCreated(sealed("order"), sealed("url"), this.now);
		this.payment.voided(this.now);
		this.payment.voided(this.now);
		assertProblem(() -> this.payment.captureKey("k"), "PAYMENT_VOIDED");
	}

	@Test
	void neverAcceptsACaptureOfAnotherAmountButKeepsItForTheRefund() {
		this.payment.providerOrderCreated(sealed("order"), sealed("url"), this.now);
		assertThat(this.payment.captured(sealed("capture"), new Money(new BigDecimal("4.98"), "USD"), this.now))
			.isFalse();
		assertThat(this.payment.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.payment.hasCapture()).isTrue();
		assertThat(this.payment.refundKey("r")).isEqualTo("r");
		assertProblem(() -> this.payment.captureKey("k"), "PAYMENT_AMOUNT_MISMATCH");
		assertProblem(() -> this.payment.voided(this.now), "PAYMENT_ALREADY_CAPTURED");
	}

	@Test
	void recordsTheSameCaptureOnlyOnceAndRefusesAnother() {
		this.payment.providerOrderCreated(sealed("order"), sealed("url"), this.now);
		Sealed capture = sealed("capture");
		this.payment.captured(capture, this.amount, this.now);
		this.payment.captured(capture, this.amount, this.now);
		assertThat(this.payment.history()).hasSize(3);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.payment.captured(sealed("other"), this.amount, this.now));
	}

	@Test
	void refusesToRefundWithoutACaptureAndToFailOnceCaptured() {
		this.payment.providerOrderCreated(sealed("order"), sealed("url"), this.now);
		assertProblem(() -> this.payment.refundKey("r"), "PAYMENT_NOT_CAPTURED");
		this.payment.captured(sealed("capture"), this.amount, this.now);
		assertThatIllegalStateException().isThrownBy(() -> this.payment.failed("DECLINED", this.now));
	}

	@Test
	void acceptsTheSamePayPalOrderTwiceButNoOther() {
		Sealed order = sealed("order");
		this.payment.providerOrderCreated(order, sealed("url"), this.now);
		this.payment.providerOrderCreated(order, sealed("url"), this.now);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.payment.providerOrderCreated(sealed("another"), sealed("url"), this.now));
	}

	private static Sealed sealed(String value) {
		return new Sealed("cipher-" + value + "-" + UUID.randomUUID(), "index-" + value);
	}

	private static void assertProblem(Runnable action, String code) {
		assertThatExceptionOfType(ShopException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

}
