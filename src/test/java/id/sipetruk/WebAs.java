package id.sipetruk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc through SI PETRUK's real security filter chain, logged in as a user with the given Camunda groups (the
 * login itself is tested in the security tests), or as nobody.
 */
public final class WebAs {

    private WebAs() {
    }

    public static MockMvc login(WebApplicationContext context, String userId, String... groups) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(user(userId).authorities(
                        Arrays.stream(groups).map(SimpleGrantedAuthority::new).toList())).with(csrf()))
                .build();
    }

    public static MockMvc anonymous(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
