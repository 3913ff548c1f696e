package shop.orders.saga;

import java.util.Map;

/**
 * What a step's call came back with.
 */
sealed interface StepOutcome {

	/**
	 * A name for the step log.
	 */
	String name();

	/**
	 * Details for the step log.
	 */
	String detail();

	/**
	 * The call did what it was asked; {@code response} is the other service's answer.
	 */
	record Succeeded(Object response, String detail) implements StepOutcome {

		@Override
		public String name() {
			return "SUCCEEDED";
		}

	}

	/**
	 * The other service refused for a business reason (a 4xx problem); repeating the call
	 * would not change that.
	 */
	record Rejected(int status, String code, String message, Map<String, Object> problem) implements StepOutcome {

		@Override
		public String name() {
			return "REJECTED";
		}

		@Override
		public String detail() {
			return this.status + " " + this.code + ((this.message != null) ? ": " + this.message : "");
		}

	}

	/**
	 * The call failed in a way worth retrying: a timeout, a 5xx, an open circuit breaker.
	 * Whether it had an effect is unknown.
	 */
	record Unavailable(String reason) implements StepOutcome {

		@Override
		public String name() {
			return "UNAVAILABLE";
		}

		@Override
		public String detail() {
			return this.reason;
		}

	}

}
