package io.github.teamauthkit.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The typed query parameters' converters, as each runtime calls them. */
class QueryParamConvertersTest {

    /** A resource method's parameters, for their annotations. */
    interface Resource {
        void list(@QueryParam("limit") Integer limit, @QueryParam("unit") TimeUnit unit);
    }

    @Test
    void anAbsentParameterIsNullAsJerseyAsksForIt() throws Exception {
        // Jersey calls fromString(null) for a query parameter that is absent and has no default.
        assertThat(converter(Integer.class, 0).fromString(null)).isNull();
        assertThat(converter(TimeUnit.class, 1).fromString(null)).isNull();
    }

    @Test
    void aValueThatDoesNotConvertIsA400NamingTheParameter() throws Exception {
        assertThat(converter(Integer.class, 0).fromString("20")).isEqualTo(20);
        assertThatThrownBy(() -> converter(Integer.class, 0).fromString("abc")).isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).getResponse().getEntity().toString()).contains("limit: must be an integer"));
        assertThatThrownBy(() -> converter(TimeUnit.class, 1).fromString("sideways")).isInstanceOf(BadRequestException.class);
    }

    private static <T> ParamConverter<T> converter(Class<T> type, int parameter) throws NoSuchMethodException {
        Method list = Resource.class.getMethod("list", Integer.class, TimeUnit.class);
        Annotation[] annotations = list.getParameterAnnotations()[parameter];
        return new QueryParamConverters().getConverter(type, type, annotations);
    }
}
