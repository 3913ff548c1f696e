package shop.fulfillment.shipping;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ShippingRuleRepository extends JpaRepository<ShippingRule, UUID> {

	@Query("select r from ShippingRule r where r.country = :country or r.country is null")
	List<ShippingRule> findForCountry(String country);

	@Query("select r from ShippingRule r order by r.country nulls last, r.mode, r.minWeightGrams, r.id")
	Page<ShippingRule> findOrdered(Pageable pageable);

}
