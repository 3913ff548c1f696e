package shop.auth.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByEmailHash(String emailHash);

	boolean existsByEmailHash(String emailHash);

	/**
	 * Accounts whose values were not written with the active key (every write encrypts
	 * all of an account's values with the same key, so the email's key id stands for the
	 * row).
	 */
	List<User> findByEmailCipherNotLike(String activeKeyPattern, Limit limit);

}
