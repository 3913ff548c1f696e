package shop.auth.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After a field-encryption key rotation, re-encrypts accounts written with an older key
 * in small batches, so that the old key can be dropped from the configuration once none
 * is left. Reads never wait for it: old values decrypt as long as their key is
 * configured.
 */
@Component
class PersonalDataRotation {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRotation.class);

	private static final int BATCH = 100;

	private final UserService users;

	PersonalDataRotation(UserService users) {
		this.users = users;
	}

	@Scheduled(initialDelayString = "${shop.auth.reencrypt-interval:10m}",
			fixedDelayString = "${shop.auth.reencrypt-interval:10m}")
	void reencrypt() {
		int done = this.users.reencryptBatch(BATCH);
		if (done > 0) {
			log.info("Re-encrypted the personal data of {} accounts with the active key", done);
		}
	}

}
