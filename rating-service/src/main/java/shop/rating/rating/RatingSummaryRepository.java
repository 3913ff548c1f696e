package shop.rating.rating;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RatingSummaryRepository extends JpaRepository<RatingSummary, UUID> {

	/**
	 * Counts one more rating of a product in one statement: concurrent ratings wait for
	 * each other's row lock instead of overwriting each other's counts. The change time
	 * is taken after the lock, so later changes always carry later times.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(nativeQuery = true, value = """
			insert into rating_summaries as s
			    (product_id, rating_count, star_total, stars_1, stars_2, stars_3, stars_4, stars_5, updated_at)
			values (:productId, 1, :stars,
			    case when :stars = 1 then 1 else 0 end, case when :stars = 2 then 1 else 0 end,
			    case when :stars = 3 then 1 else 0 end, case when :stars = 4 then 1 else 0 end,
			    case when :stars = 5 then 1 else 0 end, clock_timestamp())
			on conflict (product_id) do update set
			    rating_count = s.rating_count + 1,
			    star_total = s.star_total + excluded.star_total,
			    stars_1 = s.stars_1 + excluded.stars_1,
			    stars_2 = s.stars_2 + excluded.stars_2,
			    stars_3 = s.stars_3 + excluded.stars_3,
			    stars_4 = s.stars_4 + excluded.stars_4,
			    stars_5 = s.stars_5 + excluded.stars_5,
			    updated_at = clock_timestamp()
			""")
	void addRating(@Param("productId") UUID productId, @Param("stars") int stars);

}
