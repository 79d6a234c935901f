package app.kith.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/openapi.json}: the bearer token every call needs, and the
 * problem responses every call may give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String CONFLICT = "#/components/responses/Conflict";
    static final String NOT_FOUND = "#/components/responses/NotFound";
    static final String MAIL_REFUSED = "#/components/responses/MailRefused";
    private static final String TOKEN = "token";
    private static final String PROBLEM = "application/problem+json";
    /**
     * Kith has no licence of its own yet: the document says so (an SPDX reference of its own)
     * rather than claim one.
     */
    private static final License LICENSE = new License().name("All rights reserved")
            .identifier("LicenseRef-All-Rights-Reserved");

    @Bean
    OpenAPI kithApi() {
        return new OpenAPI()
                .info(new Info().title("Kith API").version("v1").description("""
                        Kith's REST API: people, circles, touchpoints and the Today plan. Every call acts \
                        as the account of its bearer token (make one with `kith token new NAME`) and sees \
                        only that account's data. Dates are ISO (YYYY-MM-DD). Refusals are RFC 9457 \
                        problems; input errors name the property or parameter at fault in `field`.

                        A token has a scope: `read` may only GET (and HEAD), `write` may do everything \
                        (`kith token new NAME --scope read`); a token with scope `read` that sends anything \
                        else is answered 403. A token may also end (`--expires 90d`): once ended it is \
                        answered 401, saying it expired.""")
                        .license(LICENSE))
                .components(new Components()
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("kith_…").description("An API token: kith token new NAME [--scope read|write]"
                                        + " [--expires 90d]. Scope read: GET and HEAD only; scope write: everything"))
                        .addSchemas("Problem", problemSchema())
                        .addResponses("BadRequest", problem("The input is refused; `field` names what is wrong"))
                        .addResponses("Unauthorized", problem("No token, or a token that is revoked, mistyped or expired"))
                        .addResponses("ReadOnlyToken", problem("The token's scope is read, which may only GET and HEAD;"
                                + " `scope` names it"))
                        .addResponses("NotFound", problem("The account has no such thing"))
                        .addResponses("Conflict", problem("Clashes with what is there: a circle name taken, an ask"
                                + " already closed, an introduction step out of turn, a restore into an account with people"))
                        .addResponses("TooLarge", problem("The body is larger than the server takes (1 MB; a contacts"
                                + " file to /api/v1/imports, 100 MB); refused before it is read"))
                        .addResponses("MailRefused", problem("The mail server could not be reached or did not take"
                                + " the email; `detail` says what it said"))
                        .addResponses("ServerError", problem("The server failed; nothing was changed by the failed step"))
                        .addResponses("Busy", problem("Another program held the database for longer than the server waits;"
                                + " nothing was saved, try again after Retry-After seconds")
                                .addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                                        .schema(new IntegerSchema())))
                        .addResponses("DiskFull", problem("The disk that holds Kith's database is full; nothing was saved")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /**
     * Every call can be refused as bad input or without a valid token; calls on one thing can find
     * nothing; calls that send a body can send too much; a write can meet a busy store or a full disk.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            responses.addApiResponse("400", ref("BadRequest"));
            responses.addApiResponse("401", ref("Unauthorized"));
            if (path.contains("{")) {
                responses.addApiResponse("404", ref("NotFound"));
            }
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH) {
                responses.addApiResponse("413", ref("TooLarge"));
            }
            responses.addApiResponse("500", ref("ServerError"));
            if (method != PathItem.HttpMethod.GET) {
                responses.addApiResponse("403", ref("ReadOnlyToken"));
                responses.addApiResponse("503", ref("Busy"));
                responses.addApiResponse("507", ref("DiskFull"));
            }
        }));
    }

    /** Which properties can be null, read from the records the API reads and writes. */
    @Bean
    NullableProperties nullableProperties() {
        return new NullableProperties();
    }

    /** Each variant of a closed set (Today's items…) named in the property Jackson writes its name to. */
    @Bean
    VariantNames variantNames() {
        return new VariantNames();
    }

    /**
     * Stable, readable operation ids for generated clients, safe in a URL: people.add,
     * circles.change, messageTemplates.list…
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> operation.operationId(
                camelCase(operation.getTags() == null || operation.getTags().isEmpty() ? "kith" : operation.getTags().get(0))
                        + "." + handler.getMethod().getName());
    }

    /** "message templates" → "messageTemplates". */
    static String camelCase(String words) {
        StringBuilder id = new StringBuilder();
        for (String word : words.strip().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(id.length() == 0 ? word.toLowerCase(Locale.ROOT)
                        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return id.toString();
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("rhythmDays must be at least 1 day, not -3"))
                .addProperty("instance", new StringSchema().example("/api/v1/people"))
                .addProperty("field", new StringSchema().example("rhythmDays")
                        .description("The JSON property or query parameter at fault, when there is one"))
                .addProperty("scope", new StringSchema().example("read")
                        .description("On a 403: the scope of the token that was refused"));
    }
}
