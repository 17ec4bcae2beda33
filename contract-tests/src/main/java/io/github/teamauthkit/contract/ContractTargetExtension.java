package io.github.teamauthkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link ContractTarget}: the server named by the {@code contract.*} system
 * properties, or else the reference server, started in-process once per JVM and stopped at exit.
 * One in-process server for every test class of the run.
 */
public final class ContractTargetExtension implements ParameterResolver {

    private static ContractTarget inProcess;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ContractTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return target();
    }

    /**
     * The target of this run.
     *
     * @return the target
     */
    public static synchronized ContractTarget target() {
        Optional<ContractTarget> named = ContractTarget.fromParameters(name -> Optional.ofNullable(System.getProperty(name)));
        if (named.isPresent()) {
            return named.get();
        }
        if (inProcess == null) {
            inProcess = startReferenceServer();
        }
        return inProcess;
    }

    private static ContractTarget startReferenceServer() {
        try {
            InProcessReferenceServer server = new InProcessReferenceServer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // The JVM is exiting; a leftover temporary directory is all that is lost.
                }
            }));
            return server.target();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the in-process reference server", e);
        }
    }
}
