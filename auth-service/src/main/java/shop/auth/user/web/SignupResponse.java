package shop.auth.user.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

record SignupResponse(@Schema(example = "0195f3a9-5e6f-7a8b-9c0d-1e2f3a4b5c6d") UUID userId,
		@Schema(example = "jane.doe@example.com") String email, @Schema(example = "Jane Doe") String name) {

}
