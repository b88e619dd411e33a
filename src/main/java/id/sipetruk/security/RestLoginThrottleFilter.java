package id.sipetruk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's HTTP Basic logins go through {@link LoginThrottle} too: a locked account (for this client address)
 * or address is answered 429 before its password is checked; a 401 from Camunda's authentication counts as a
 * failure, any other answer as a success.
 */
class RestLoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    RestLoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> userId = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (userId.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Instant> locked = throttle.lockedUntil(userId.get(), address);
        if (locked.isPresent()) {
            long seconds = Math.max(1, Duration.between(Instant.now(), locked.get()).toSeconds());
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"LoginLocked\",\"message\":\"Terlalu banyak percobaan masuk yang "
                    + "gagal dari alamat ini. Coba lagi setelah " + seconds + " detik, atau minta administrator "
                    + "membuka kuncinya.\"}");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(userId.get(), address);
        } else {
            throttle.succeeded(userId.get(), address);
        }
    }

    private static Optional<String> basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
