package shop.auth.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SigningKeyRepository extends JpaRepository<SigningKey, String> {

	Optional<SigningKey> findByRetiredAtIsNull();

	List<SigningKey> findAllByOrderByCreatedAtDesc();

	@Modifying
	@Query("delete from SigningKey k where k.retiredAt < :before")
	int deleteRetiredBefore(Instant before);

}
