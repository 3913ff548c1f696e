package shop.common.web;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DataAccessProblemAdviceTests {

	@Test
	void answersAnExhaustedConnectionPoolWithARetryableBusyProblem() {
		ResponseEntity<ProblemDetail> answer = new DataAccessProblemAdvice()
			.databaseBusy(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
		assertThat(answer.getBody().getProperties()).containsEntry("code", "SERVICE_BUSY");
		assertThat(answer.getBody().getDetail()).doesNotContain("Hikari");
	}

}
