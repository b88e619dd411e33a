package id.sipetruk.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import id.sipetruk.account.AccountStates;
import id.sipetruk.organization.RoleGroups;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything a person opens: SI PETRUK's pages, downloads, Tasklist, Cockpit and Admin.
 * <ul>
 *   <li>Spring Security asks for the login on our page {@code /masuk} and checks it against Camunda's identity
 *       service ({@link CamundaIdentityAuthenticationProvider}); the Camunda webapps take that login over through
 *       Camunda's container-based authentication filter, so Tasklist needs no second login. Tasklist's own login
 *       form and its logout button work too ({@link WebappLoginBridgeFilter}).</li>
 *   <li>{@code /engine-rest} is guarded by Camunda's own HTTP Basic filter ({@link RestAuthenticationConfiguration}),
 *       stateless, 401 without a valid user.</li>
 *   <li>Open without login: the public verification page, static assets, the login page, {@code /actuator/health}.
 *       {@code /actuator/prometheus}: administrators with HTTP Basic.</li>
 *   <li>Never open: the admin webapp's first-run setup endpoint (it would let anybody create an administrator).</li>
 * </ul>
 * Which data a logged-in person may see is decided per request by {@link AccessPolicy} and, inside the engine, by
 * Camunda's authorizations ({@link AuthorizationSetup}).
 */
@Configuration
public class WebSecurityConfiguration {

    public static final String LOGIN_PAGE = "/masuk";
    /** SI PETRUK's own API for integrators (HTTP Basic). */
    public static final String API = "/api";
    /** Spring Boot Actuator: health open to all, Prometheus metrics for administrators, the rest closed. */
    public static final String ACTUATOR = "/actuator";
    /** The administrator's page of locked logins. */
    public static final String LOGIN_LOCKS_PAGE = "/admin/kunci-masuk";
    public static final String LOGOUT = "/keluar";
    /** A period's progress page and its reminders: BKPSDM's admins and administrators. */
    public static final String PROGRESS_PAGE = "/periode/*/kemajuan";
    /** Every logged-in person's own account: his password. */
    public static final String ACCOUNT_PAGE = "/akun";
    /** BKPSDM's list of accounts, with deactivation. */
    public static final String ACCOUNT_LIST = "/akun/daftar";
    static final String CAMUNDA_LOGIN = "/camunda/api/admin/auth/user/*/login/*";
    static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";
    static final String SETUP_ENDPOINT = "/camunda/api/admin/setup/**";

    /** Our pages only: the Camunda webapps send their own Content-Security-Policy with a script nonce. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain restApi(HttpSecurity http) throws Exception {
        // authentication itself is Camunda's ProcessEngineAuthenticationFilter (HTTP Basic) behind this chain
        return http.securityMatcher(antMatcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * SI PETRUK's own API for integrators (/api/**, the imports): HTTP Basic against Camunda's users, like
     * /engine-rest, no session and no CSRF token; BKPSDM's administrators only.
     */
    @Bean
    @Order(0)
    SecurityFilterChain integrationApi(HttpSecurity http, AuthenticationManager authenticationManager,
                                       AccountStates accounts, IdentityService identity) throws Exception {
        return http.securityMatcher(antMatcher(API + "/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyAuthority(RoleGroups.BKPSDM_ADMIN, RoleGroups.CAMUNDA_ADMIN))
                .httpBasic(basic -> basic.realmName("SI PETRUK"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new AccountRequestFilter(accounts, identity,
                        new RequestAttributeSecurityContextRepository()), AuthorizationFilter.class)
                .build();
    }

    /**
     * Operations (/actuator/**): health and its liveness and readiness groups without login (load balancers,
     * systemd); Prometheus metrics only for an administrator with HTTP Basic, as Prometheus scrapes; every other
     * actuator endpoint closed (and not exposed either, application.yml). No session, no CSRF token.
     */
    @Bean
    @Order(-1)
    SecurityFilterChain operations(HttpSecurity http, AuthenticationManager authenticationManager,
                                   AccountStates accounts, IdentityService identity) throws Exception {
        return http.securityMatcher(antMatcher(ACTUATOR + "/**"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher(HttpMethod.GET, ACTUATOR + "/health"),
                                antMatcher(HttpMethod.GET, ACTUATOR + "/health/**")).permitAll()
                        .requestMatchers(antMatcher(HttpMethod.GET, ACTUATOR + "/prometheus"))
                        .hasAuthority(RoleGroups.CAMUNDA_ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("SI PETRUK"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new AccountRequestFilter(accounts, identity,
                        new RequestAttributeSecurityContextRepository()), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, AccountStates accounts,
                              IdentityService identity) throws Exception {
        RequestMatcher camunda = antMatcher("/camunda/**");
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(antMatcher(SETUP_ENDPOINT)).denyAll()
                        .requestMatchers(antMatcher("/verifikasi"), antMatcher("/verifikasi/**"),
                                antMatcher("/css/**"), antMatcher("/js/**"), antMatcher("/favicon.ico"),
                                antMatcher(LOGIN_PAGE), antMatcher("/error")).permitAll()
                        // the webapps' own login form: the engine list it reads first, the login, the logout
                        .requestMatchers(antMatcher(HttpMethod.GET, "/camunda/api/engine/engine/"),
                                antMatcher(HttpMethod.POST, CAMUNDA_LOGIN),
                                antMatcher(HttpMethod.POST, CAMUNDA_LOGOUT)).permitAll()
                        .requestMatchers(antMatcher("/impor/**"), antMatcher("/notifikasi"))
                        .hasAnyAuthority(RoleGroups.BKPSDM_ADMIN, RoleGroups.CAMUNDA_ADMIN)
                        .requestMatchers(antMatcher(PROGRESS_PAGE), antMatcher(PROGRESS_PAGE + "/**"))
                        .hasAnyAuthority(RoleGroups.BKPSDM_ADMIN, RoleGroups.CAMUNDA_ADMIN)
                        .requestMatchers(antMatcher(ACCOUNT_LIST), antMatcher(ACCOUNT_LIST + "/**"))
                        .hasAnyAuthority(RoleGroups.BKPSDM_ADMIN, RoleGroups.CAMUNDA_ADMIN)
                        .requestMatchers(antMatcher("/pengaturan"), antMatcher("/pengaturan/**"))
                        .hasAnyAuthority(RoleGroups.BKPSDM_ADMIN, RoleGroups.CAMUNDA_ADMIN)
                        .requestMatchers(antMatcher(LOGIN_LOCKS_PAGE), antMatcher(LOGIN_LOCKS_PAGE + "/**"))
                        .hasAuthority(RoleGroups.CAMUNDA_ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .failureHandler(loginFailure())
                        .defaultSuccessUrl("/camunda/app/tasklist/", false)
                        .permitAll())
                .logout(logout -> logout.logoutRequestMatcher(antMatcher(HttpMethod.POST, LOGOUT))
                        .logoutSuccessUrl(LOGIN_PAGE + "?keluar"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                antMatcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(loginPage(), new NegatedRequestMatcher(
                                antMatcher("/camunda/api/**"))))
                // the Camunda webapps have their own CSRF protection (XSRF-TOKEN cookie + header)
                .csrf(csrf -> csrf.ignoringRequestMatchers(camunda))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(camunda),
                                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(Customizer.withDefaults()))
                .addFilterAfter(new WebappLoginBridgeFilter(authenticationManager,
                        new HttpSessionSecurityContextRepository(), antMatcher(HttpMethod.POST, CAMUNDA_LOGIN),
                        antMatcher(HttpMethod.POST, CAMUNDA_LOGOUT)),
                        LogoutFilter.class)
                // before the decision on this request, so that a changed role counts already
                .addFilterBefore(new AccountRequestFilter(accounts, identity,
                        new HttpSessionSecurityContextRepository()), AuthorizationFilter.class);
        return http.build();
    }

    /** A wrong password back to the login page with "?gagal"; a login locked by {@link LoginThrottle} with "?terkunci". */
    private static AuthenticationFailureHandler loginFailure() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(LOGIN_PAGE + "?gagal");
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN_PAGE + "?terkunci",
                DisabledException.class.getName(), LOGIN_PAGE + "?nonaktif"));
        return handler;
    }

    private static AuthenticationEntryPoint loginPage() {
        return new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
    }

    /** Hands the login over to Tasklist, Cockpit and Admin (they read the request's principal). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("sipetruk-webapp-authentication");
        registration.addUrlPatterns("/camunda/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setOrder(10);
        return registration;
    }
}
