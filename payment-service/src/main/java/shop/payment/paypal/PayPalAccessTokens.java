package shop.payment.paypal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import com.paypal.core.object.AccessToken;
import com.paypal.core.request.AccessTokenRequest;
import com.paypal.http.HttpResponse;

/**
 * OAuth2 client-credentials tokens for PayPal's API, fetched with the SDK's
 * {@link AccessTokenRequest} and kept until shortly before they expire.
 * <p>
 * The SDK would cache tokens itself, in a JVM-wide static cache that uses a token up to
 * its last second and never forgets one PayPal refuses; this cache renews
 * {@code refreshMargin} early and drops a token PayPal answered 401 for.
 */
class PayPalAccessTokens {

	private final PayPalHttpClient http;

	private final PayPalEnvironment environment;

	private final Clock clock;

	private final Duration refreshMargin;

	private Cached cached;

	PayPalAccessTokens(PayPalHttpClient http, PayPalEnvironment environment, Clock clock, Duration refreshMargin) {
		this.http = http;
		this.environment = environment;
		this.clock = clock;
		this.refreshMargin = refreshMargin;
	}

	/**
	 * A valid token, fetched when none is cached or the cached one is about to expire.
	 * @throws java.io.IOException when PayPal does not hand one out
	 */
	synchronized String token() throws java.io.IOException {
		Instant now = this.clock.instant();
		if (this.cached == null || !now.isBefore(this.cached.renewAt())) {
			HttpResponse<AccessToken> response = this.http.execute(new AccessTokenRequest(this.environment));
			AccessToken token = response.result();
			Duration lifetime = Duration.ofSeconds((token.expiresIn() != null) ? token.expiresIn() : 0);
			Duration margin = (lifetime.compareTo(this.refreshMargin.multipliedBy(2)) > 0) ? this.refreshMargin
					: lifetime.dividedBy(2);
			this.cached = new Cached(token.accessToken(), now.plus(lifetime).minus(margin));
		}
		return this.cached.token();
	}

	/**
	 * Forgets a token PayPal no longer accepts.
	 */
	synchronized void invalidate(String token) {
		if (this.cached != null && this.cached.token().equals(token)) {
			this.cached = null;
		}
	}

	private record Cached(String token, Instant renewAt) {
	}

}
