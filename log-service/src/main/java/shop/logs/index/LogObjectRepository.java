package shop.logs.index;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LogObjectRepository extends JpaRepository<LogObject, UUID> {

	List<LogObject> findByLastEventBeforeOrderByLastEvent(Instant before, Pageable page);

	@Query(nativeQuery = true, value = "select * from log_objects where :service = any(services) order by first_event")
	List<LogObject> findByService(@Param("service") String service);

}
