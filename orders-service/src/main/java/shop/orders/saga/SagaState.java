package shop.orders.saga;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a checkout saga is: the states of DESIGN.md §4, plus {@link #COMPENSATING} while
 * it undoes its steps on the way to one of its ends.
 */
public enum SagaState {

	PENDING, CART_LOCKED, PAYMENT_PENDING, PAYMENT_CAPTURED, STOCK_COMMITTED, CONFIRMED, COMPENSATING, CANCELLED,
	FAILED, REFUNDED;

	private static final Map<SagaState, Set<SagaState>> NEXT = new EnumMap<>(SagaState.class);

	static {
		NEXT.put(PENDING, EnumSet.of(CART_LOCKED, COMPENSATING));
		NEXT.put(CART_LOCKED, EnumSet.of(PAYMENT_PENDING, COMPENSATING));
		NEXT.put(PAYMENT_PENDING, EnumSet.of(PAYMENT_CAPTURED, COMPENSATING));
		NEXT.put(PAYMENT_CAPTURED, EnumSet.of(STOCK_COMMITTED, COMPENSATING));
		NEXT.put(STOCK_COMMITTED, EnumSet.of(CONFIRMED, COMPENSATING));
		NEXT.put(CONFIRMED, EnumSet.of(COMPENSATING));
		NEXT.put(COMPENSATING, EnumSet.of(CANCELLED, FAILED, REFUNDED));
		NEXT.put(CANCELLED, EnumSet.noneOf(SagaState.class));
		NEXT.put(FAILED, EnumSet.noneOf(SagaState.class));
		NEXT.put(REFUNDED, EnumSet.noneOf(SagaState.class));
	}

	public boolean canBecome(SagaState next) {
		return NEXT.get(this).contains(next);
	}

	/**
	 * Whether the saga is over for good (a confirmed saga can still be compensated when
	 * its shopper cancels before shipping).
	 */
	public boolean isFinal() {
		return NEXT.get(this).isEmpty();
	}

}
