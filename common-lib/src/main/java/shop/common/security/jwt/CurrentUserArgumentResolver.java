package shop.common.security.jwt;

import java.util.UUID;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;

/**
 * Resolves {@link CurrentUser} parameters from the authenticated JWT.
 */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(CurrentUser.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			throw new ShopException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
					"This request needs an access token");
		}
		CurrentUser annotation = parameter.getParameterAnnotation(CurrentUser.class);
		if (annotation != null && annotation.session()) {
			return jwt.getClaimAsString(ShopJwt.SESSION_CLAIM);
		}
		try {
			UUID userId = UUID.fromString(jwt.getSubject());
			return (parameter.getParameterType() == String.class) ? userId.toString() : userId;
		}
		catch (IllegalArgumentException ex) {
			throw new ShopException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
					"The access token's subject is not a user id");
		}
	}

}
