package io.github.teamauthkit.contract;

/**
 * Supplies the server the kit checks when no {@code contract.*} properties name one: implement it
 * to run the suite against your application started in-process, and register the implementation
 * in {@code META-INF/services/io.github.teamauthkit.contract.ContractTargetProvider} of your test
 * resources. The kit asks once per run; the provider stops its server when the JVM exits.
 */
public interface ContractTargetProvider {

    /**
     * Starts (or finds) the server and says how to reach it.
     *
     * @return the server's base URL, team and keys
     * @throws Exception when the server cannot be started
     */
    ContractTarget start() throws Exception;
}
