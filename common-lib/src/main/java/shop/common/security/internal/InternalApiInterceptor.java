package shop.common.security.internal;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import shop.common.web.ProblemTypes;
import shop.common.web.ShopException;

/**
 * Lets a caller authenticated by {@link ApiKeyFilter} use an internal endpoint only when
 * the endpoint's {@link InternalApi} lists it; answers 403 otherwise (fail closed: an
 * endpoint without the annotation admits nobody).
 */
public class InternalApiInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Object caller = request.getAttribute(ApiKeyFilter.CALLER_ATTRIBUTE);
		InternalApi rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), InternalApi.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), InternalApi.class);
		}
		if (caller == null || rule == null || !Arrays.asList(rule.callers()).contains(caller.toString())) {
			throw new ShopException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
					"This caller may not use this internal endpoint");
		}
		return true;
	}

}
