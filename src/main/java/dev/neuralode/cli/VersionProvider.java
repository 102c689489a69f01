package dev.neuralode.cli;

import dev.neuralode.train.BuildInfo;
import picocli.CommandLine;

/** Supplies {@code --version} from the build's own version. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Neural ODE Explorer " + BuildInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
