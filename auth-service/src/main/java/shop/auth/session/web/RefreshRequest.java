package shop.auth.session.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RefreshRequest(@Schema(description = "The refresh token of the last login or refresh",
		example = "rt_8kQ2c0f4V1x9ZbLmN3pR5sT7uWyA2dF6hJ") @NotBlank @Size(max = 200) String refreshToken) {

}
