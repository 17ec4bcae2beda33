package io.github.teamauthkit.contract.server;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.model.ModelPhase;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stateful phase: random sequences of every operation by every key, each answer (status and the fields the spec
 * defines) predicted from a model of the spec's rules, so that what a write answered is held against every later
 * answer. Runs after the other checks, which each look at one answer; the removal of the disposable member comes last
 * of all, since it cannot be undone.
 */
@ExtendWith(ContractTargetExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE - 2)
public class ModelContractTest {

    private static final int SEQUENCES = 4;
    private static final int LENGTH = 30;

    @TestFactory
    @Order(1)
    Stream<DynamicTest> randomSequencesAnswerAsTheModelPredicts(ContractTarget target) {
        ModelPhase phase = ModelPhase.start(target, path -> everyItem(target, path));
        long seed = Generated.seed();
        return IntStream.rangeClosed(1, SEQUENCES).mapToObj(number -> DynamicTest.dynamicTest("sequence " + number + " of " + LENGTH
                + " requests", () -> phase.sequence(seed, number, LENGTH)));
    }

    @Test
    @Order(2)
    void aRemovalIsKeptByEveryLaterAnswer(ContractTarget target) {
        target.disposableMember();
        ModelPhase.start(target, path -> everyItem(target, path)).removal(Generated.seed(), LENGTH / 5);
    }

    private static List<Map<String, Object>> everyItem(ContractTarget target, String path) {
        return Fixtures.walk(target, target.admin(), path, Map.of("limit", 120));
    }
}
