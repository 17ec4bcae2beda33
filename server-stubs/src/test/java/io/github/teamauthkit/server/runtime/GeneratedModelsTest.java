package io.github.teamauthkit.server.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.teamauthkit.server.model.ApiError;
import io.github.teamauthkit.server.model.SecretCreate;
import io.github.teamauthkit.server.model.SecretPage;
import io.github.teamauthkit.server.model.SecretUpdate;
import io.github.teamauthkit.server.model.TeamMemberPage;
import io.github.teamauthkit.server.model.User;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GeneratedModelsTest {

    private static final String VALUE = "hf_super_secret_value";

    @Test
    void secretValuesPrintAsStars() {
        assertThat(new SecretCreate().name("HF_TOKEN").value(VALUE).toString())
                .contains("HF_TOKEN").contains("value: *").doesNotContain(VALUE);
        assertThat(new SecretUpdate().value(VALUE).toString()).contains("value: *").doesNotContain(VALUE);
    }

    /**
     * Hibernate Validator 9 warns (HV000271) about {@code @Valid} on a container at every start; the elements carry it
     * instead ({@code List<@Valid TeamMember>}), which cascades the same.
     */
    @Test
    void containersCarryValidOnTheirElementsOnly() throws Exception {
        List<Class<?>> models = List.of(ApiError.class, SecretPage.class, TeamMemberPage.class, User.class);
        List<AnnotatedElement> containers = models.stream()
                .flatMap(model -> Stream.concat(Stream.of(model.getDeclaredFields()), Stream.of(model.getDeclaredMethods())
                        .filter(m -> m.getName().startsWith("get") && m.getParameterCount() == 0)))
                .filter(element -> isContainer(element))
                .map(AnnotatedElement.class::cast).toList();

        assertThat(containers).hasSizeGreaterThanOrEqualTo(8);
        assertThat(containers).filteredOn(element -> element.isAnnotationPresent(Valid.class)).isEmpty();
        Field items = TeamMemberPage.class.getDeclaredField("items");
        assertThat(((AnnotatedParameterizedType) items.getAnnotatedType()).getAnnotatedActualTypeArguments()[0]
                .isAnnotationPresent(Valid.class)).isTrue();
    }

    private static boolean isContainer(Object element) {
        Class<?> type = element instanceof Field field ? field.getType() : ((Method) element).getReturnType();
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }
}
