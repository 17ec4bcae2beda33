package io.github.teamauthkit.contract.server;

import io.github.teamauthkit.contract.ContractTarget;
import io.github.teamauthkit.contract.ContractTargetExtension;
import io.github.teamauthkit.contract.CoverageReport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs last: every documented status of every operation was exercised, or is an allowed gap. */
@Order(Integer.MAX_VALUE)
@ExtendWith(ContractTargetExtension.class)
public class CoverageContractTest {

    @Test
    void everyOperationAndDocumentedStatusWasExercised(ContractTarget target) throws Exception {
        CoverageReport.writeAndCheck(target);
    }
}
