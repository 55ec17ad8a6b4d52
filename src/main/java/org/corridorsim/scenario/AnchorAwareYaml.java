package org.corridorsim.scenario;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, which forgets the anchor of a scalar that is a mapping value
 * ({@code mean: &m 4m}); this one reads it from the parser's last event.
 */
final class AnchorAwareYaml extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    AnchorAwareYaml(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return _createParser(new CharArrayReader(data, offset, length), context);
    }

    /** A parser that also knows a scalar's anchor. */
    static final class Parser extends YAMLParser {

        Parser(IOContext context, int features, int yamlFeatures, org.yaml.snakeyaml.LoaderOptions options,
                com.fasterxml.jackson.core.ObjectCodec codec, Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        /** The anchor of the current token, scalars included; null when it has none. */
        String anchor() {
            String anchor = getCurrentAnchor();
            if (anchor == null && _lastEvent instanceof ScalarEvent scalar) {
                return scalar.getAnchor();
            }
            return anchor;
        }
    }
}
