package shop.auth.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import shop.auth.AuthProperties;
import shop.common.crypto.FieldEncryptor;
import shop.common.util.Ids;

/**
 * The token signing keys. They live in the {@code auth} schema, so a restart or another
 * instance signs and verifies with the same keys; the private key is stored encrypted
 * with the field-encryption keys. Each instance keeps a {@link KeyRing} snapshot,
 * reloaded every {@code shop.auth.signing-key-refresh} and whenever a token names a key
 * the snapshot lacks (at most once every few seconds). Key changes take a Postgres
 * advisory lock, so several instances never create two active keys.
 */
@Component
public class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final int RSA_BITS = 2048;

	private static final long LOCK_ID = 0x5348_4F50_4B45_5953L;

	private static final Duration UNKNOWN_KID_RELOAD_PAUSE = Duration.ofSeconds(5);

	private final SigningKeyRepository keys;

	private final FieldEncryptor encryptor;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuthProperties properties;

	private final Clock clock;

	private final AtomicReference<KeyRing> ring = new AtomicReference<>();

	SigningKeys(SigningKeyRepository keys, FieldEncryptor encryptor, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, AuthProperties properties, Clock clock) {
		this.keys = keys;
		this.encryptor = encryptor;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The JWKS document: the public keys that verify tokens, each with its {@code kid}.
	 */
	public Map<String, Object> jwksDocument() {
		return ring().jwksDocument();
	}

	/**
	 * The current key ring, creating the first key when there is none.
	 */
	KeyRing ring() {
		KeyRing current = this.ring.get();
		if (current == null
				|| !current.loadedAt().plus(this.properties.signingKeyRefresh()).isAfter(this.clock.instant())) {
			current = reload();
		}
		return current;
	}

	/**
	 * A source of verification keys for Nimbus: the ring's published keys, reloaded once
	 * when a token names a key id the ring does not know (another instance may have
	 * rotated).
	 */
	JWKSource<SecurityContext> jwkSource() {
		return (selector, context) -> {
			KeyRing current = ring();
			var matches = selector.select(current.jwkSet());
			if (matches.isEmpty() && current.loadedAt().plus(UNKNOWN_KID_RELOAD_PAUSE).isBefore(this.clock.instant())) {
				matches = selector.select(reload().jwkSet());
			}
			return matches;
		};
	}

	/**
	 * Retires the active key and creates a new one. Tokens signed with the old key stay
	 * valid until they expire: the old key stays published meanwhile.
	 * @return the new key's id
	 */
	public String rotate() {
		String kid = this.transactions.execute((status) -> {
			lock();
			Instant now = this.clock.instant();
			this.keys.findByRetiredAtIsNull().ifPresent((active) -> {
				active.retire(now);
				this.keys.saveAndFlush(active);
			});
			return create(now).kid();
		});
		log.info("Rotated the token signing key; new key {}", kid);
		reload();
		return kid;
	}

	/**
	 * Rotates the key when it is older than {@code shop.auth.signing-key-max-age} (or
	 * creates the first one) and deletes retired keys whose tokens have all expired.
	 */
	public void rotateIfDue() {
		Instant now = this.clock.instant();
		boolean due = this.transactions.execute((status) -> {
			lock();
			int purged = this.keys.deleteRetiredBefore(now.minus(this.properties.retiredKeyPublication()));
			if (purged > 0) {
				log.info("Deleted {} retired signing key(s) whose tokens have expired", purged);
			}
			return this.keys.findByRetiredAtIsNull()
				.map((active) -> active.isDueForRotation(now, this.properties.signingKeyMaxAge()))
				.orElse(false);
		});
		if (due) {
			rotate();
		}
		else {
			// creates the first key at start-up, so the JWKS is never empty
			ring();
		}
	}

	private KeyRing reload() {
		KeyRing loaded = this.transactions.execute((status) -> load());
		if (loaded.active() == null) {
			loaded = this.transactions.execute((status) -> {
				lock();
				if (this.keys.findByRetiredAtIsNull().isEmpty()) {
					SigningKey created = create(this.clock.instant());
					log.info("Created the first token signing key {}", created.kid());
				}
				return load();
			});
		}
		this.ring.set(loaded);
		return loaded;
	}

	private KeyRing load() {
		Instant now = this.clock.instant();
		List<SigningKey> all = this.keys.findAllByOrderByCreatedAtDesc();
		KeyRing.ActiveKey active = all.stream()
			.filter(SigningKey::isActive)
			.findFirst()
			.map((key) -> new KeyRing.ActiveKey(key.kid(), privateKey(key)))
			.orElse(null);
		List<KeyRing.PublicKey> published = all.stream()
			.filter((key) -> key.isPublishedAt(now, this.properties.retiredKeyPublication()))
			.map((key) -> new KeyRing.PublicKey(key.kid(), publicKey(key)))
			.toList();
		return new KeyRing(active, published, now);
	}

	private SigningKey create(Instant now) {
		KeyPair pair = generate();
		String kid = Ids.newId(this.clock).toString();
		String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
		String privateKey = this.encryptor.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
				context(kid));
		return this.keys.saveAndFlush(SigningKey.create(kid, publicKey, privateKey, now));
	}

	private void lock() {
		this.jdbc.sql("select pg_advisory_xact_lock(:id)").param("id", LOCK_ID).query((rs, row) -> 1).single();
	}

	private RSAPrivateKey privateKey(SigningKey key) {
		byte[] der = Base64.getDecoder().decode(this.encryptor.decrypt(key.encryptedPrivateKey(), context(key.kid())));
		try {
			return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing key " + key.kid() + " cannot be read", ex);
		}
	}

	private static RSAPublicKey publicKey(SigningKey key) {
		byte[] der = Base64.getDecoder().decode(key.publicKey());
		try {
			return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing key " + key.kid() + " cannot be read", ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(RSA_BITS);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

	private static String context(String kid) {
		return "auth.signing_keys/" + kid;
	}

}
