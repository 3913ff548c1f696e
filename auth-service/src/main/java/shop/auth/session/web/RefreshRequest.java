package shop.auth.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {

}
