package shop.auth.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.common.util.Ids;
import shop.common.web.ShopException;
import shop.common.web.ValidationException;

/**
 * Accounts: sign-up, password checks, the owner's profile and addresses, roles.
 */
@Service
public class UserService {

	private static final Logger log = LoggerFactory.getLogger(UserService.class);

	private final UserRepository users;

	private final PersonalDataCipher cipher;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Compared against when the email is unknown, so that an unknown email costs the same
	 * hash computation as a wrong password and timing does not tell them apart.
	 */
	private final String unknownUserHash;

	UserService(UserRepository users, PersonalDataCipher cipher, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.cipher = cipher;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
		this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * Opens a customer account. The password is hashed before any transaction starts, so
	 * the slow hash holds no database connection; the unique blind index decides races.
	 * @throws ValidationException for a bad email or a weak password
	 * @throws ShopException 409 {@code EMAIL_TAKEN} when the email has an account
	 */
	public UserProfile signUp(SignUp command) {
		EmailAddress email = EmailAddress.parse(command.email());
		this.passwordPolicy.check(command.password(), email);
		String emailIndex = this.cipher.emailIndex(email);
		if (this.users.existsByEmailHash(emailIndex)) {
			throw emailTaken();
		}
		UUID userId = Ids.newId(this.clock);
		PersonalData data = new PersonalData(command.name().trim(), blankToNull(command.phone()), List.of());
		User user = User.register(userId, emailIndex, this.cipher.sealEmail(userId, email),
				this.passwordEncoder.encode(command.password()), this.cipher.seal(userId, data),
				EnumSet.of(Role.CUSTOMER), this.clock.instant());
		try {
			this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw emailTaken();
		}
		return new UserProfile(userId, email.value(), data.name(), data.phone(), user.roles(), data.addresses());
	}

	/**
	 * Checks an email and password. An unknown email and a wrong password answer alike
	 * and take alike: both compute one password hash.
	 */
	public Optional<AuthenticatedUser> authenticate(String email, String password) {
		Optional<User> user = this.users.findByEmailHash(emailIndex(email));
		String hash = user.map(User::passwordHash).orElse(this.unknownUserHash);
		boolean usable = password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
		boolean matches = this.passwordEncoder.matches(usable ? password : "", hash) && usable;
		return user.filter((found) -> matches).map((found) -> new AuthenticatedUser(found.id(), found.roles()));
	}

	/**
	 * The blind index of an email as typed at login, normalised; also the key of the
	 * per-account login throttle, which thus never stores the email itself.
	 */
	public String emailIndex(String email) {
		return this.cipher.emailIndex(EmailAddress.normalise(email));
	}

	/**
	 * The account's current roles, or empty when it no longer exists.
	 */
	@Transactional(readOnly = true)
	public Optional<Set<Role>> currentRoles(UUID userId) {
		return this.users.findById(userId).map(User::roles);
	}

	@Transactional(readOnly = true)
	public UserProfile profile(UUID userId) {
		User user = find(userId);
		PersonalData data = this.cipher.open(user);
		return new UserProfile(user.id(), this.cipher.openEmail(user), data.name(), data.phone(), user.roles(),
				data.addresses());
	}

	/**
	 * Changes the name and phone: {@code null} keeps a value, a blank phone removes it.
	 */
	@Transactional
	public UserProfile updateProfile(UUID userId, String name, String phone) {
		User user = find(userId);
		PersonalData data = this.cipher.open(user);
		if (name != null) {
			data = data.withName(name.trim());
		}
		if (phone != null) {
			data = data.withPhone(blankToNull(phone));
		}
		rewrite(user, data);
		return new UserProfile(user.id(), this.cipher.openEmail(user), data.name(), data.phone(), user.roles(),
				data.addresses());
	}

	@Transactional(readOnly = true)
	public Address address(UUID userId, UUID addressId) {
		return this.cipher.open(find(userId))
			.address(addressId)
			.orElseThrow(() -> ShopException.notFound("Address", addressId));
	}

	/**
	 * Adds an address.
	 * @throws ShopException 409 {@code TOO_MANY_ADDRESSES} above
	 * {@link PersonalData#MAX_ADDRESSES}
	 */
	@Transactional
	public Address addAddress(UUID userId, AddressDetails details) {
		User user = find(userId);
		PersonalData data = this.cipher.open(user);
		if (data.addresses().size() >= PersonalData.MAX_ADDRESSES) {
			throw ShopException.conflict("TOO_MANY_ADDRESSES", "Too many addresses",
					"An account keeps at most " + PersonalData.MAX_ADDRESSES + " addresses; remove one first");
		}
		Address address = Address.of(Ids.newId(this.clock), details);
		rewrite(user, data.withAddress(address));
		return address;
	}

	@Transactional
	public Address replaceAddress(UUID userId, UUID addressId, AddressDetails details) {
		User user = find(userId);
		PersonalData data = this.cipher.open(user);
		if (data.address(addressId).isEmpty()) {
			throw ShopException.notFound("Address", addressId);
		}
		Address address = Address.of(addressId, details);
		rewrite(user, data.replacingAddress(address));
		return address;
	}

	@Transactional
	public void removeAddress(UUID userId, UUID addressId) {
		User user = find(userId);
		PersonalData data = this.cipher.open(user);
		if (data.address(addressId).isEmpty()) {
			throw ShopException.notFound("Address", addressId);
		}
		rewrite(user, data.withoutAddress(addressId));
	}

	/**
	 * Grants and revokes roles of an account. Revoking ends the account's sessions
	 * ({@link RolesRevoked}), so tokens that still carry a revoked role stop working at
	 * once.
	 * @param actorId the admin who asks
	 * @return the account's roles afterwards
	 * @throws ValidationException for revoking {@code CUSTOMER} or naming a role in both
	 * lists
	 * @throws ShopException 409 {@code OWN_ADMIN_ROLE} when an admin would revoke their
	 * own {@code ADMIN} role (the shop must not lose its last admin by a slip)
	 */
	@Transactional
	public Set<Role> changeRoles(UUID actorId, UUID userId, Set<Role> grant, Set<Role> revoke) {
		if (revoke.contains(Role.CUSTOMER)) {
			throw ValidationException.of("revoke", "CUSTOMER cannot be revoked: every account is a customer");
		}
		if (grant.stream().anyMatch(revoke::contains)) {
			throw ValidationException.of("grant", "a role cannot be granted and revoked at once");
		}
		if (actorId.equals(userId) && revoke.contains(Role.ADMIN)) {
			throw ShopException.conflict("OWN_ADMIN_ROLE", "Cannot revoke own admin role",
					"An admin cannot revoke their own ADMIN role; another admin must do it");
		}
		User user = find(userId);
		Instant now = this.clock.instant();
		grant.forEach((role) -> user.grant(role, now));
		Set<Role> revoked = EnumSet.noneOf(Role.class);
		revoke.stream().filter((role) -> user.revoke(role, now)).forEach(revoked::add);
		if (!revoked.isEmpty()) {
			this.events.publishEvent(new RolesRevoked(userId, revoked));
		}
		log.info("Roles of user {} changed by {}: now {}", userId, actorId, user.roles());
		return user.roles();
	}

	/**
	 * Makes sure the configured first admin exists and is an admin; safe to repeat and to
	 * run on several instances at once. An existing account keeps its password.
	 * @return whether the account was created now
	 */
	public boolean ensureAdmin(String rawEmail, String password, String name) {
		EmailAddress email = EmailAddress.parse(rawEmail);
		this.passwordPolicy.check(password, email);
		String emailIndex = this.cipher.emailIndex(email);
		Optional<User> existing = this.users.findByEmailHash(emailIndex);
		if (existing.isPresent()) {
			grantAdmin(existing.get().id());
			return false;
		}
		try {
			signUp(new SignUp(email.value(), password, name, null));
		}
		catch (ShopException ex) {
			if (!"EMAIL_TAKEN".equals(ex.code())) {
				throw ex;
			}
		}
		UUID userId = this.users.findByEmailHash(emailIndex).orElseThrow().id();
		grantAdmin(userId);
		return true;
	}

	/**
	 * Re-encrypts up to {@code batch} accounts whose values were written with an older
	 * key, so that retired keys can eventually be removed.
	 * @return how many accounts were re-encrypted
	 */
	@Transactional
	public int reencryptBatch(int batch) {
		List<User> stale = this.users.findByEmailCipherNotLike(this.cipher.activeKeyPrefix() + "%", Limit.of(batch));
		stale.forEach((user) -> rewrite(user, this.cipher.open(user)));
		return stale.size();
	}

	private void grantAdmin(UUID userId) {
		this.users.findById(userId).ifPresent((user) -> {
			if (user.grant(Role.ADMIN, this.clock.instant())) {
				this.users.saveAndFlush(user);
			}
		});
	}

	private void rewrite(User user, PersonalData data) {
		Instant now = this.clock.instant();
		if (this.cipher.needsRotation(user)) {
			user.reencryptEmail(this.cipher.sealEmail(user.id(), EmailAddress.normalise(this.cipher.openEmail(user))),
					now);
		}
		user.changePersonalData(this.cipher.seal(user.id(), data), now);
	}

	private User find(UUID userId) {
		return this.users.findById(userId).orElseThrow(() -> ShopException.notFound("User", userId));
	}

	private static ShopException emailTaken() {
		return new ShopException(HttpStatus.CONFLICT, "EMAIL_TAKEN", "Email taken",
				"An account with this email already exists");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
