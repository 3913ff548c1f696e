package shop.paypal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the simulator, under {@code simulator}.
 *
 * @param clientId the only client id the OAuth2 endpoint accepts
 * @param clientSecret its secret
 * @param tokenTtl how long an access token is valid ({@code expires_in})
 * @param webUrl the base of the approve link; empty for this server as the caller reached
 * it
 * @param webhookSecret the key webhook transmissions are signed with (PayPal signs with a
 * certificate; the simulator with an HMAC)
 * @param timeoutDelay how long a {@code TIMEOUT} fault holds an answer back
 * @param approveLateDelay how long after the approval page an {@code APPROVE_LATE} order
 * counts as approved
 */
@ConfigurationProperties("simulator")
public record SimulatorProperties(@DefaultValue("local-simulator") String clientId,
		@DefaultValue("local-simulator-secret") String clientSecret, @DefaultValue("9h") Duration tokenTtl,
		String webUrl, @DefaultValue("local-simulator-webhook-secret") String webhookSecret,
		@DefaultValue("20s") Duration timeoutDelay, @DefaultValue("3s") Duration approveLateDelay) {

}
