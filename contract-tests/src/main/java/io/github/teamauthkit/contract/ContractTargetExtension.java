package io.github.teamauthkit.contract;

import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Gives tests the {@link ContractTarget}: the server named by the {@code contract.*} configuration
 * parameters (JUnit's, which system properties also set) or, for what they do not set, the
 * {@code CONTRACT_*} environment variables, which keep keys out of the reports (surefire's and JUnit's XML
 * list every system property); or else the one a {@link ContractTargetProvider} starts in-process. One
 * in-process server for every test class of the run.
 */
public final class ContractTargetExtension implements ParameterResolver, BeforeEachCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    private static ContractTarget provided;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ContractTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return target(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Exchange.forget();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLastRequest(context, failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLastRequest(context, failure);
    }

    @Override
    public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withLastRequest(context, failure);
    }

    /** A failed assertion, with the request it came after; anything else (a check not run) as it is. */
    private static Throwable withLastRequest(ExtensionContext context, Throwable failure) {
        if (failure instanceof AssertionError assertion && !(failure instanceof CheckFailure) && !(failure instanceof SequenceFailure)) {
            return Exchange.last().<Throwable>map(exchange -> new CheckFailure(assertion, exchange, target(context).baseUrl()))
                    .orElse(failure);
        }
        return failure;
    }

    /**
     * The target of this run: the server the {@code contract.*} configuration parameters name, else the one a
     * registered {@link ContractTargetProvider} starts (once per JVM).
     */
    private static synchronized ContractTarget target(ExtensionContext context) {
        Optional<ContractTarget> named = ContractTarget.fromParameters(name -> context.getConfigurationParameter(name)
                .or(() -> Optional.ofNullable(System.getenv(ContractTarget.environmentVariable(name)))));
        if (named.isPresent()) {
            return named.get();
        }
        if (provided == null) {
            ContractTargetProvider provider = ServiceLoader.load(ContractTargetProvider.class).findFirst().orElseThrow(() ->
                    new IllegalStateException("No server to check: set contract.baseUrl, contract.teamId and the keys "
                            + "(see the README), or register a " + ContractTargetProvider.class.getName()));
            try {
                provided = provider.start();
            } catch (Exception e) {
                throw new IllegalStateException("the ContractTargetProvider " + provider.getClass().getName()
                        + " could not start its server", e);
            }
        }
        return provided;
    }
}
