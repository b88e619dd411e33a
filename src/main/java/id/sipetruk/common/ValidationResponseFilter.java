package id.sipetruk.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns an engine call that failed because of bad input into "400 Bad Request" with the Indonesian message
 * alone, for the public REST API and for the API Tasklist itself uses. Other errors pass unchanged.
 */
@Configuration
public class ValidationResponseFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    public FilterRegistrationBean<ValidationResponseFilter> validationResponseFilterRegistration() {
        FilterRegistrationBean<ValidationResponseFilter> registration = new FilterRegistrationBean<>(this);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ValidationFailures.take();
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            ValidationException failure = ValidationFailures.take();
            if (failure != null && buffered.getStatus() >= 500) {
                buffered.resetBuffer();
                buffered.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                buffered.setContentType("application/json");
                buffered.setCharacterEncoding(StandardCharsets.UTF_8.name());
                buffered.getOutputStream().write(JSON.writeValueAsBytes(
                        Map.of("type", "ValidationException", "message", failure.getMessage(), "code", 0)));
            }
        } finally {
            ValidationFailures.take();
            buffered.copyBodyToResponse();
        }
    }
}
