package dev.ec2gateway.gateway.auth;

import java.util.List;

/**
 * AWS's Signature Version 4 test suite (awslabs/aws-c-auth tests/aws-signing-test-suite/v4,
 * Apache License 2.0), transcribed: per case, the request signed in the Authorization header and
 * in the query string, with the canonical request and string to sign AWS expects for each. All are
 * signed with {@link #ACCESS_KEY}/{@link #SECRET_KEY} at {@link #TIME}. {@code normalize} says
 * whether the signer normalised the path.
 */
final class AwsSigV4TestSuite {
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String TIME = "2015-08-30T12:36:00Z";

    record Vector(String name, boolean normalize,
            String headerSigned, String headerCanonicalRequest, String headerStringToSign,
            String querySigned, String queryCanonicalRequest, String queryStringToSign) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Vector> VECTORS = List.of(
            new Vector("get-header-key-duplicate",
                true,
                "GET / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value2\n"
                + "My-Header1:value2\n"
                + "My-Header1:value1\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value2,value2,value1\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;my-header1;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c",
                "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host%3Bmy-header1&X-Amz-Expires=3600&X-Amz-Signature=3349ee0b81b4b589da0ff28a395c3591e04de515651dd74f298fa992d1507a97 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value2\n"
                + "My-Header1:value2\n"
                + "My-Header1:value1\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host%3Bmy-header1\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value2,value2,value1\n"
                + "\n"
                + "host;my-header1\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "fe8b58fb44117d598520befc07c144a5699c661a8db78f9ce4caee1655dec813"),
            new Vector("get-header-value-multiline",
                true,
                "GET / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value1\n"
                + "  value2\n"
                + "     value3\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=cfd34249e4b1c8d6b91ef74165d41a32e5fab3306300901bb65a51a73575eefd\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value1 value2 value3\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;my-header1;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "e99419459a677bc11de234014be3c4e72c1ea5b454ceb58b613061f5d7a162e8",
                "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host%3Bmy-header1&X-Amz-Expires=3600&X-Amz-Signature=e6f5def831211aca02987a44b96826706278c7bc078112ae0263659c5b2f2d56 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value1\n"
                + "  value2\n"
                + "     value3\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host%3Bmy-header1\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value1 value2 value3\n"
                + "\n"
                + "host;my-header1\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "0e73c10e35324b4d215da4bb70be61d13a3d30d569be4ed6e8fd8948965341ca"),
            new Vector("get-header-value-order",
                true,
                "GET / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value4\n"
                + "My-Header1:value1\n"
                + "My-Header1:value3\n"
                + "My-Header1:value2\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value4,value1,value3,value2\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;my-header1;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "31ce73cd3f3d9f66977ad3dd957dc47af14df92fcd8509f59b349e9137c58b86",
                "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host%3Bmy-header1&X-Amz-Expires=3600&X-Amz-Signature=313720e71ca6202fdcfa9b20f88de01a4eb0638a83c833b1c184359a4eda864e HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value4\n"
                + "My-Header1:value1\n"
                + "My-Header1:value3\n"
                + "My-Header1:value2\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host%3Bmy-header1\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value4,value1,value3,value2\n"
                + "\n"
                + "host;my-header1\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "f4d3f13084ba7664111670ce26458291d3e0c620acd9384f8cd6b60d8e83423e"),
            new Vector("get-header-value-trim",
                true,
                "GET / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1: value1\n"
                + "My-Header2: \"a   b   c\"\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value1\n"
                + "my-header2:\"a b c\"\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;my-header1;my-header2;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7",
                "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host%3Bmy-header1%3Bmy-header2&X-Amz-Expires=3600&X-Amz-Signature=e7bb0fd515e125e1aec2ecc4c0c17484fb06f6846b927c35e46005dd3df3acd4 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1: value1\n"
                + "My-Header2: \"a   b   c\"\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host%3Bmy-header1%3Bmy-header2\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value1\n"
                + "my-header2:\"a b c\"\n"
                + "\n"
                + "host;my-header1;my-header2\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "84c9e353b6161b689210977f93b93e6a7182f9ecb2ceae8af8c3d86b080a88ae"),
            new Vector("get-relative-normalized",
                true,
                "GET /example/.. HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
                "GET /example/..?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb7705b4aa3cb8e8f5e1e0b3d4c0b64030797a313c8ceee43e33117cc43eadc5"),
            new Vector("get-relative-relative-normalized",
                true,
                "GET /example1/example2/../.. HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
                "GET /example1/example2/../..?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb7705b4aa3cb8e8f5e1e0b3d4c0b64030797a313c8ceee43e33117cc43eadc5"),
            new Vector("get-relative-relative-unnormalized",
                false,
                "GET /example1/example2/../.. HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=dc33e0856fd4baca4d7aa2146c38958283844764f38c74252a333df5e613003b\n"
                + "\n",
                "GET\n"
                + "/example1/example2/../..\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "76115030c0f3ff06c20fdff5ceb6d5e0b835a1743e00b94fea7c7f381269437b",
                "GET /example1/example2/../..?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=b45db0bfd1cf15003493b733e33aa208dd981bd0e63037a6ed953f71d2118a16 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/example1/example2/../..\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "13b7758115ec070fe36a7ae9d754154ad73f6ee9a5eac022494857d0e7effc18"),
            new Vector("get-relative-unnormalized",
                false,
                "GET /example/.. HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=eca7ead57bb5aa5c8e28007acd4ff04e1ff9a0ff3b237ec1554a184887ff9282\n"
                + "\n",
                "GET\n"
                + "/example/..\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "0511f456aa502b456d135fcb9d749374a55228f9dbeedda1eacf659e05b0615b",
                "GET /example/..?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=cbcb213b928a077e43275df47b500f1dfaa864ab3f5a18f6b95f4ff0938167ee HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/example/..\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "6e02e2dba21d6f269bae339b86ff27a4b7bbc9d88c482abccbfbf8a49d602482"),
            new Vector("get-slash-dot-slash-normalized",
                true,
                "GET /./ HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
                "GET /./?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb7705b4aa3cb8e8f5e1e0b3d4c0b64030797a313c8ceee43e33117cc43eadc5"),
            new Vector("get-slash-dot-slash-unnormalized",
                false,
                "GET /./ HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=68714168e6557f8f2de0ef956fc24dc2593a4bd2961f8df51898d8a134695145\n"
                + "\n",
                "GET\n"
                + "/./\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "d67825e2268bd77a97c7688b8d72c31a3c1855b309808505ba0a9747d2465aa7",
                "GET /./?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=a9b13e8f3484d9505bf1a6f347219f8f35b0fe8f128ceea597efc146a3dfe90c HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/./\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "21b2da17873f30c1a7410efdc271738b318ccc2c9c6fbe1289fc242aeb1a8ae1"),
            new Vector("get-slash-normalized",
                true,
                "GET // HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
                "GET //?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb7705b4aa3cb8e8f5e1e0b3d4c0b64030797a313c8ceee43e33117cc43eadc5"),
            new Vector("get-slash-pointless-dot-normalized",
                true,
                "GET /./example HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5\n"
                + "\n",
                "GET\n"
                + "/example\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "214d50c111a8edc4819da6a636336472c916b5240f51e9a51b5c3305180cf702",
                "GET /./example?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=35034b1a0bdd969f346975386daf8aedfd4976573b8348cf4f67eaa41c5857de HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/example\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "88dd73bb06de69cb042dbb82cadbb4fce1a2623615d94520c271614abf94e738"),
            new Vector("get-slash-pointless-dot-unnormalized",
                false,
                "GET /./example HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=beb03f223f7deae4146464f06e29eebbee9c8afbe15c290cf07aa8b119e14cff\n"
                + "\n",
                "GET\n"
                + "/./example\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "73895e0e829507e28e39fd24669aedc2434a8e179e547e3c075b42921f952cdb",
                "GET /./example?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=72b11f16d9530b18204bfb71f2d6ab085894c0ed8d352730a6e76234c58b5e10 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/./example\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "cb23444939471187ac1f0fb25d437337af0d5f48b5ae0ede5baa3727c8c6af92"),
            new Vector("get-slash-unnormalized",
                false,
                "GET // HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=c88bcd3d312d75078c0cd961d6deae3f4c754924b01669efcfcb439fd5e5b76e\n"
                + "\n",
                "GET\n"
                + "//\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "80cb39203d058af815de2b79250ff56e1b73eb9b4718c86556cdc6f150c5d209",
                "GET //?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=b2a9542809db687769200f56a844a03f2bd0291d6eb90232d5101c6a579446cd HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "//\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "e10a01494cafa1f2207c4de80c69b7a36d6f2d282aa63ee64a5ca50e175cf730"),
            new Vector("get-slashes-normalized",
                true,
                "GET //example// HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84\n"
                + "\n",
                "GET\n"
                + "/example/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "cb96b4ac96d501f7c5c15bc6d67b3035061cfced4af6585ad927f7e6c985c015",
                "GET //example//?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=c1834e8fb0307243711f0f907f6ab7311ed300d87f13792d7ee4da89ab93e082 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/example/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "1a3e3fe19998c62136ed2ff9c8531973a46d4a21b336f58e8fcad185ec64d642"),
            new Vector("get-slashes-unnormalized",
                false,
                "GET //example// HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=87cca117541a147f6df867677d98a7d80dff226d2bfca9e4ffa899665623c7e5\n"
                + "\n",
                "GET\n"
                + "//example//\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "528ec3105ee1f34ab014bb0a1a45da0ed2742a4fea3555149e5b4d5d201eb240",
                "GET //example//?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=822a5a9ba28072c5ab2bb4a6307d0c88276d40e49fec6b724c03fb4d4ba60fc2 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "//example//\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "82241114f9a6320f054333c890952474aa7a0069d28a4326c3a8d95bbecc69ee"),
            new Vector("get-space-normalized",
                true,
                "GET /example space/ HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741\n"
                + "\n",
                "GET\n"
                + "/example%20space/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "63ee75631ed7234ae61b5f736dfc7754cdccfedbff4b5128a915706ee9390d86",
                "GET /example space/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=7a1f416954786484c9824d93c1f26ef64acb9b1b6c9154d08c9f07d0e394abf6 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/example%20space/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "cc3dd817bd405e51225826ec4934a96d065d6af5b6b0163c7a5abbd26a84519e"),
            new Vector("get-space-unnormalized",
                false,
                "GET /example space/ HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741\n"
                + "\n",
                "GET\n"
                + "/example%20space/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "63ee75631ed7234ae61b5f736dfc7754cdccfedbff4b5128a915706ee9390d86",
                "GET /example space/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=7a1f416954786484c9824d93c1f26ef64acb9b1b6c9154d08c9f07d0e394abf6 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/example%20space/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "cc3dd817bd405e51225826ec4934a96d065d6af5b6b0163c7a5abbd26a84519e"),
            new Vector("get-unreserved",
                true,
                "GET /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f\n"
                + "\n",
                "GET\n"
                + "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9",
                "GET /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=95968482db1b9e0fadef6efc1bd24689f77c77d9ef56919c96a28cc92e0d6005 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "3134f2fbc6ef58f34b74b01643a159bfccbc121ea4288a4b75e65bc805d08219"),
            new Vector("get-utf8",
                true,
                "GET /\u1234 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85\n"
                + "\n",
                "GET\n"
                + "/%E1%88%B4\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "2a0a97d02205e45ce2e994789806b19270cfbbb0921b278ccf58f5249ac42102",
                "GET /\u1234?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=10eae3f14a260bd3911cc6d008d3c576d143b05b62f09782a7a4b37f52178e44 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/%E1%88%B4\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "d8f78e05d0d9bb1c16ae1e60ed405de76cfb8fdcd3e414ffe65fad563b996d66"),
            new Vector("get-vanilla",
                true,
                "GET / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
                "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb7705b4aa3cb8e8f5e1e0b3d4c0b64030797a313c8ceee43e33117cc43eadc5"),
            new Vector("get-vanilla-empty-query-key",
                true,
                "GET /?Param1=value1 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "Param1=value1\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "1e24db194ed7d0eec2de28d7369675a243488e08526e8c1c73571282f7c517ab",
                "GET /?Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=49096700cbbaa5753443850f40df10f904fc2fdb544dc9512203cc77c471a9de HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "74828b608f939673ed5a839190452a943b0178760f258da766209b21f8ca3f86"),
            new Vector("get-vanilla-query",
                true,
                "GET / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
                "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "bb7705b4aa3cb8e8f5e1e0b3d4c0b64030797a313c8ceee43e33117cc43eadc5"),
            new Vector("get-vanilla-query-order-encoded",
                true,
                "GET /?Param-3=Value3&Param=Value2&%E1%88%B4=Value1 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "%E1%88%B4=Value1&Param=Value2&Param-3=Value3\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "868294f5c38bd141c4972a373a76654f1418a8e4fc18b2e7903ae45e8ae0ec71",
                "GET /?Param-3=Value3&Param=Value2&%E1%88%B4=Value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=c5f1848ceec943ac2ca68ee720460c23aaae30a2300586597ada94c4a65e4787 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "%E1%88%B4=Value1&Param=Value2&Param-3=Value3&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "9808d6cdc8245c74e705c68350fc6a62b91778cdd613890e5d177998c02c6f53"),
            new Vector("get-vanilla-query-order-key-case",
                true,
                "GET /?Param2=value2&Param1=value1 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "Param1=value1&Param2=value2\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0",
                "GET /?Param2=value2&Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=86012e2c9ad4d77369f5d81c11f75158aae4f895a085212cc6d3f923d300bed5 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "Param1=value1&Param2=value2&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "b82878ecb2ab7ad194b9fe79b2946c2a36ee1627a219408089b2d774c1a0cedb"),
            new Vector("get-vanilla-query-unreserved",
                true,
                "GET /?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "c30d4703d9f799439be92736156d47ccfb2d879ddf56f5befa6d1d6aab979177",
                "GET /?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=8e76a88a7433637b12778d5592799b29ad21ecd6cf6325051c21d86f0acda2bf HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "c77f27ef2b499fbfee3f0b3c88bba7057b2b31ee9b62047078a5e0d6be91fd58"),
            new Vector("get-vanilla-utf8-query",
                true,
                "GET /?\u1234=bar HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "%E1%88%B4=bar\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "eb30c5bed55734080471a834cc727ae56beb50e5f39d1bff6d0d38cb192a7073",
                "GET /?\u1234=bar&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=0bdd809b1519ac4f0c1dc3540e2cc46bd0c7f778eda408b2ebf3b913d21ff600 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "%E1%88%B4=bar&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "b2e8ae8e48ec880defebc6f6dc1d9fbc9f1856b33146f2943060ca71a50a7a77"),
            new Vector("get-vanilla-with-session-token",
                true,
                "GET / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Security-Token:6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "x-amz-security-token:6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267\n"
                + "\n"
                + "host;x-amz-date;x-amz-security-token\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "067b36aa60031588cea4a4cde1f21215227a047690c72247f1d70b32fbbfad2b",
                "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Security-Token=6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267&X-Amz-Signature=7ff2b50b376cb4d151970630573d6291dc128cc5c2a12ffb237f73cc53f67b6c HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "GET\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-Security-Token=6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "cb30434103085aa9e73780fc60dc9a9df818fd2a7b1de12a9f6f4d791f898761"),
            new Vector("post-header-key-case",
                true,
                "POST / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=2ce6e6d2e0cf2f9d1b55fafec88cd20574c31dc2e7631979f71ba2310083e95b HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "d27fc6fe1afc1d88b248c5ae9194ec0943a693dd6d81d8d815c88a369eb0471e"),
            new Vector("post-header-key-sort",
                true,
                "POST / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value1\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value1\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;my-header1;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "9368318c2967cf6de74404b30c65a91e8f6253e0a8659d6d5319f1a812f87d65",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host%3Bmy-header1&X-Amz-Expires=3600&X-Amz-Signature=c09d07e0d55871f10f2a6d350d994acf6825a3cae70673d7def55616e6119dd7 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:value1\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host%3Bmy-header1\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:value1\n"
                + "\n"
                + "host;my-header1\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "1295ed77e4ef8b18b32815e493e0b0f78ee47615c0ecbebfec7c75709eb58c88"),
            new Vector("post-header-value-case",
                true,
                "POST / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:VALUE1\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:VALUE1\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;my-header1;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "d51ced243e649e3de6ef63afbbdcbca03131a21a7103a1583706a64618606a93",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host%3Bmy-header1&X-Amz-Expires=3600&X-Amz-Signature=0698bc9e4f7f9139065ba2909c0e99da257e8e2a42492a097bcd46d792391fed HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "My-Header1:VALUE1\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host%3Bmy-header1\n"
                + "host:example.amazonaws.com\n"
                + "my-header1:VALUE1\n"
                + "\n"
                + "host;my-header1\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "9d4d1de88f0149695a91a01275fc72dc00fb50bdc78e424f012ec860d5f8c41d"),
            new Vector("post-sts-header-after",
                true,
                "POST / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Security-Token:AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Security-Token=AQoDYXdzEPT%2F%2F%2F%2F%2F%2F%2F%2F%2F%2FwEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI%2FqkPpKPi%2FkMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d%2Bxo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz%2BscqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR%2FoLxBA%3D%3D&X-Amz-Signature=2ce6e6d2e0cf2f9d1b55fafec88cd20574c31dc2e7631979f71ba2310083e95b HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "d27fc6fe1afc1d88b248c5ae9194ec0943a693dd6d81d8d815c88a369eb0471e"),
            new Vector("post-sts-header-before",
                true,
                "POST / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Security-Token:AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "x-amz-security-token:AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==\n"
                + "\n"
                + "host;x-amz-date;x-amz-security-token\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "c237e1b440d4c63c32ca95b5b99481081cb7b13c7e40434868e71567c1a882f6",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Security-Token=AQoDYXdzEPT%2F%2F%2F%2F%2F%2F%2F%2F%2F%2FwEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI%2FqkPpKPi%2FkMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d%2Bxo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz%2BscqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR%2FoLxBA%3D%3D&X-Amz-Signature=46c2e3c63c1dbe7d39f8ada16fe7f001c1f56c5791441565323677f96308871c HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-Security-Token=AQoDYXdzEPT%2F%2F%2F%2F%2F%2F%2F%2F%2F%2FwEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI%2FqkPpKPi%2FkMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d%2Bxo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz%2BscqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR%2FoLxBA%3D%3D&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "37f7ba7a2ec89e8b29a0d637bcc70d8e8d0fdba854ddfc5bc06a12398cfe8605"),
            new Vector("post-vanilla",
                true,
                "POST / HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=2ce6e6d2e0cf2f9d1b55fafec88cd20574c31dc2e7631979f71ba2310083e95b HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "d27fc6fe1afc1d88b248c5ae9194ec0943a693dd6d81d8d815c88a369eb0471e"),
            new Vector("post-vanilla-empty-query-value",
                true,
                "POST /?Param1=value1 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "Param1=value1\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd",
                "POST /?Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=a9ef26247f293bffe40eeff86a0480ba8c14d31503b2e0c3399e3a16bf1a3682 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "98241d1c6f938789d34b92e16e08b7fc8fdaa774c5437ba30d505eedae43dd2b"),
            new Vector("post-vanilla-query",
                true,
                "POST /?Param1=value1 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "Param1=value1\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "host;x-amz-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd",
                "POST /?Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=a9ef26247f293bffe40eeff86a0480ba8c14d31503b2e0c3399e3a16bf1a3682 HTTP/1.1\n"
                + "Host:example.amazonaws.com\n"
                + "\n",
                "POST\n"
                + "/\n"
                + "Param1=value1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "host\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "98241d1c6f938789d34b92e16e08b7fc8fdaa774c5437ba30d505eedae43dd2b"),
            new Vector("post-x-www-form-urlencoded",
                true,
                "POST / HTTP/1.1\n"
                + "Content-Type:application/x-www-form-urlencoded\n"
                + "Host:example.amazonaws.com\n"
                + "Content-Length:13\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, Signature=d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b\n"
                + "\n"
                + "Param1=value1",
                "POST\n"
                + "/\n"
                + "\n"
                + "content-length:13\n"
                + "content-type:application/x-www-form-urlencoded\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "content-length;content-type;host;x-amz-content-sha256;x-amz-date\n"
                + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "b1edd1d03544c25390e32085d55b57acc9a3961bb59415ff86c45c3d89d16cfb",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost&X-Amz-Expires=3600&X-Amz-Signature=89a40deed0f26f9461242825a082d2222717248abc7ab41f552ad84a94ad46e9 HTTP/1.1\n"
                + "Content-Type:application/x-www-form-urlencoded\n"
                + "Host:example.amazonaws.com\n"
                + "Content-Length:13\n"
                + "\n"
                + "Param1=value1",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost\n"
                + "content-length:13\n"
                + "content-type:application/x-www-form-urlencoded\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "content-length;content-type;host\n"
                + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "ee5059a7c437165a28d0e775e6498be428761255d657d8c04cb1baa41de6514c"),
            new Vector("post-x-www-form-urlencoded-parameters",
                true,
                "POST / HTTP/1.1\n"
                + "Content-Type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "Host:example.amazonaws.com\n"
                + "Content-Length:13\n"
                + "X-Amz-Date:20150830T123600Z\n"
                + "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
                + "Authorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, Signature=328d1b9eaadca9f5818ef05e8392801e091653bafec24fcab71e7344e7f51422\n"
                + "\n"
                + "Param1=value1",
                "POST\n"
                + "/\n"
                + "\n"
                + "content-length:13\n"
                + "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "host:example.amazonaws.com\n"
                + "x-amz-content-sha256:9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e\n"
                + "x-amz-date:20150830T123600Z\n"
                + "\n"
                + "content-length;content-type;host;x-amz-content-sha256;x-amz-date\n"
                + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "a89f1a5b53e37702ee6363ce1da3ce8f54386f3c8f352ae652153c2982a0bc4d",
                "POST /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost&X-Amz-Expires=3600&X-Amz-Signature=0dbeb9b026c7b6675f266b8427efec9b4fa8b1f6ef1477d717aea231106eab4d HTTP/1.1\n"
                + "Content-Type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "Host:example.amazonaws.com\n"
                + "Content-Length:13\n"
                + "\n"
                + "Param1=value1",
                "POST\n"
                + "/\n"
                + "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost\n"
                + "content-length:13\n"
                + "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
                + "host:example.amazonaws.com\n"
                + "\n"
                + "content-length;content-type;host\n"
                + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
                "AWS4-HMAC-SHA256\n"
                + "20150830T123600Z\n"
                + "20150830/us-east-1/service/aws4_request\n"
                + "32192353b8ae6d857fac1c71cda066e6af2d3a3127ea7ac1fee22621ab4f05dc"));

    private AwsSigV4TestSuite() {
    }
}
