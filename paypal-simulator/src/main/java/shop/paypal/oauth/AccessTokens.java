package shop.paypal.oauth;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import shop.paypal.SimulatorProperties;
import shop.paypal.api.DebugIds;

/**
 * The access tokens the simulator issued and until when each is valid.
 */
@Component
public class AccessTokens {

	private final Map<String, Instant> valid = new ConcurrentHashMap<>();

	private final AtomicInteger issued = new AtomicInteger();

	private final SimulatorProperties properties;

	private final Clock clock;

	AccessTokens(SimulatorProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	String issue() {
		String token = "A21AA" + DebugIds.resourceId(60);
		this.valid.put(token, this.clock.instant().plus(this.properties.tokenTtl()));
		this.issued.incrementAndGet();
		return token;
	}

	boolean isValid(String token) {
		Instant until = (token != null) ? this.valid.get(token) : null;
		return until != null && until.isAfter(this.clock.instant());
	}

	/**
	 * How many tokens were issued since the start or the last reset.
	 */
	public int issued() {
		return this.issued.get();
	}

	public void reset() {
		this.valid.clear();
		this.issued.set(0);
	}

}
