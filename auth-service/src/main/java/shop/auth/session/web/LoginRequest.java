package shop.auth.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record LoginRequest(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 200) String password) {

}
