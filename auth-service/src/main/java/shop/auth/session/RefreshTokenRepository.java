package shop.auth.session;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, String> {

	/**
	 * Marks a token used unless it already was; answers 1 for the one caller that wins, 0
	 * for every other (a reuse, even a concurrent one).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update RefreshToken t set t.usedAt = :now where t.tokenHash = :tokenHash and t.usedAt is null")
	int markUsed(String tokenHash, Instant now);

	@Modifying
	@Query("delete from RefreshToken t where t.expiresAt < :before")
	int deleteExpiredBefore(Instant before);

}
