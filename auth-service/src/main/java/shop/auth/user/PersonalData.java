package shop.auth.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An account's personal data in plain text, as it exists only in memory: the stored form
 * is encrypted by {@link PersonalDataCipher}. Changes return a new value.
 *
 * @param name the account holder's name
 * @param phone the phone number, may be {@code null}
 * @param addresses the delivery addresses, oldest first
 */
public record PersonalData(String name, String phone, List<Address> addresses) {

	/**
	 * The most addresses one account keeps.
	 */
	public static final int MAX_ADDRESSES = 20;

	public PersonalData {
		addresses = List.copyOf(addresses);
	}

	PersonalData withName(String name) {
		return new PersonalData(name, this.phone, this.addresses);
	}

	PersonalData withPhone(String phone) {
		return new PersonalData(this.name, phone, this.addresses);
	}

	Optional<Address> address(UUID addressId) {
		return this.addresses.stream().filter((address) -> address.addressId().equals(addressId)).findFirst();
	}

	PersonalData withAddress(Address address) {
		List<Address> changed = new ArrayList<>(this.addresses);
		changed.removeIf((existing) -> existing.addressId().equals(address.addressId()));
		changed.add(address);
		return new PersonalData(this.name, this.phone, changed);
	}

	PersonalData replacingAddress(Address address) {
		List<Address> changed = this.addresses.stream()
			.map((existing) -> existing.addressId().equals(address.addressId()) ? address : existing)
			.toList();
		return new PersonalData(this.name, this.phone, changed);
	}

	PersonalData withoutAddress(UUID addressId) {
		List<Address> changed = this.addresses.stream()
			.filter((existing) -> !existing.addressId().equals(addressId))
			.toList();
		return new PersonalData(this.name, this.phone, changed);
	}

}
