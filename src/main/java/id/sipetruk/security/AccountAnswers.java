package id.sipetruk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.common.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/** The APIs' refusal of an account that may not work now, shaped like the engine's errors ({type, message}). */
final class AccountAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccountAnswers() {
    }

    static void json(HttpServletResponse response, int status, String type, String messageKey) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", type, "message",
                Messages.get(messageKey))));
    }
}
