package dev.ec2gateway.gateway.auth;

/**
 * Requests captured on the wire from the real clients (a loopback capture server on port 7080,
 * endpoint http://127.0.0.1:7080/awsapi), signed with {@link #ACCESS_KEY}/{@link #SECRET_KEY}
 * at {@link #TIME} (the clients' clocks were frozen there) unless said otherwise.
 */
final class ClientRequests {
    static final String ACCESS_KEY = "AKIDGATEWAYEXAMPLE01";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYGATEWAYKEY";
    static final String TIME = "2026-11-24T03:51:45Z";
    static final String AWS_CLI_V1_TIME = "2026-11-24T12:29:10Z";

    /** boto3 1.26.27 (botocore 1.29.27, CrtSigV4Auth because awscrt is installed): DescribeKeyPairs. */
    static final String BOTO3_DESCRIBE_KEY_PAIRS =
            "POST /awsapi HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\n"
            + "User-Agent: Boto3/1.26.27 Python/3.11.2 Linux/6.18.44-fc-v782 awscrt/1.0.0.dev0 Botocore/1.29.27\n"
            + "host: 127.0.0.1:7080\n"
            + "X-Amz-Date: 20261124T035145Z\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDGATEWAYEXAMPLE01/20261124/us-east-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=7ef7ad499f91c76b255bed9a49031af2e3018439f401432def165a3e92bc9caf\n"
            + "amz-sdk-invocation-id: d8002958-ede4-4e7d-9108-bb0186cef30f\n"
            + "amz-sdk-request: attempt=1\n"
            + "Content-Length: 56\n"
            + "\nAction=DescribeKeyPairs&Version=2016-11-15&KeyName.1=kp1";

    /** botocore 1.29.27's pure-Python SigV4Auth, sent with botocore's own HTTP session: the same signature as the CRT signer's. */
    static final String BOTOCORE_SIGV4AUTH_DESCRIBE_KEY_PAIRS =
            "POST /awsapi HTTP/1.1\n"
            + "Host: 127.0.0.1:7080\n"
            + "Accept-Encoding: identity\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\n"
            + "X-Amz-Date: 20261124T035145Z\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDGATEWAYEXAMPLE01/20261124/us-east-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=7ef7ad499f91c76b255bed9a49031af2e3018439f401432def165a3e92bc9caf\n"
            + "Content-Length: 56\n"
            + "User-Agent: python-urllib3/1.26.12\n"
            + "\nAction=DescribeKeyPairs&Version=2016-11-15&KeyName.1=kp1";

    /** botocore 1.29.27's CrtSigV4Auth, called directly. */
    static final String BOTOCORE_CRT_DESCRIBE_KEY_PAIRS =
            "POST /awsapi HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\n"
            + "host: 127.0.0.1:7080\n"
            + "X-Amz-Date: 20261124T035145Z\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDGATEWAYEXAMPLE01/20261124/us-east-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=7ef7ad499f91c76b255bed9a49031af2e3018439f401432def165a3e92bc9caf\n"
            + "Content-Length: 56\n"
            + "User-Agent: python-urllib3/1.26.12\n"
            + "\nAction=DescribeKeyPairs&Version=2016-11-15&KeyName.1=kp1";

    /** boto3: CreateSecurityGroup with a description full of reserved and non-ASCII characters. */
    static final String BOTO3_CREATE_SECURITY_GROUP =
            "POST /awsapi HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\n"
            + "User-Agent: Boto3/1.26.27 Python/3.11.2 Linux/6.18.44-fc-v782 awscrt/1.0.0.dev0 Botocore/1.29.27\n"
            + "host: 127.0.0.1:7080\n"
            + "X-Amz-Date: 20261124T035145Z\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDGATEWAYEXAMPLE01/20261124/us-east-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=6b551963ee79ea201afaa3a27319f1c4cd7653d0014d8f5c65d470c0af94a175\n"
            + "amz-sdk-invocation-id: 1513347f-e72e-4b33-bac7-852d64791841\n"
            + "amz-sdk-request: attempt=1\n"
            + "Content-Length: 119\n"
            + "\nAction=CreateSecurityGroup&Version=2016-11-15&GroupName=web&GroupDescription=web+servers%3A+a%2Fb+%26+c~d%2Ae+%C3%A9%2B";

    /** botocore's SigV4QueryAuth (presigned GET, X-Amz-Expires=300), a space in a value. */
    static final String BOTOCORE_PRESIGNED_DESCRIBE_KEY_PAIRS =
            "GET /awsapi?Action=DescribeKeyPairs&Version=2016-11-15&KeyName.1=kp%201&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDGATEWAYEXAMPLE01%2F20261124%2Fus-east-1%2Fec2%2Faws4_request&X-Amz-Date=20261124T035145Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=b42d09244ae303b947266fe423419c899c3e8007fba4fafb0789e6394a299b7d HTTP/1.1\n"
            + "Host: 127.0.0.1:7080\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: python-urllib3/1.26.12\n"
            + "\n";

    /** boto 2.49.0: POST /awsapi/, scope 0/127 from the host name, "," between the Authorization parts. */
    static final String BOTO2_DESCRIBE_KEY_PAIRS =
            "POST /awsapi/ HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: Boto/2.49.0 Python/3.11.2 Linux/6.18.44-fc-v782\n"
            + "X-Amz-Date: 20261124T035145Z\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\n"
            + "Content-Length: 56\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDGATEWAYEXAMPLE01/20261124/0/127/aws4_request,SignedHeaders=host;x-amz-date,Signature=db835460f9d18dba09423078bfeb5c0d8131c74a5389a80240985e990a58f26f\n"
            + "Host: 127.0.0.1:7080\n"
            + "\nAction=DescribeKeyPairs&KeyName.1=kp1&Version=2014-10-01";

    /** boto 2.49.0: RebootInstances as a GET with its parameters in the query string. */
    static final String BOTO2_REBOOT_INSTANCES =
            "GET /awsapi/?Action=RebootInstances&InstanceId.1=i-1&Version=2014-10-01 HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: Boto/2.49.0 Python/3.11.2 Linux/6.18.44-fc-v782\n"
            + "X-Amz-Date: 20261124T035145Z\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDGATEWAYEXAMPLE01/20261124/0/127/aws4_request,SignedHeaders=host;x-amz-date,Signature=bd1956962aa8c3448126c073dccb76428d68f8cf88f619cbad6bbf89c84860f6\n"
            + "Content-Length: 0\n"
            + "Host: 127.0.0.1:7080\n"
            + "\n";

    /** AWS CLI 1.45.11 (botocore 1.43.11), signed at the live time {@link #AWS_CLI_V1_TIME}. */
    static final String AWS_CLI_V1_DESCRIBE_KEY_PAIRS =
            "POST /awsapi HTTP/1.1\n"
            + "Host: 127.0.0.1:7080\n"
            + "Accept-Encoding: identity\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\n"
            + "User-Agent: aws-cli/1.45.11 md/Botocore#1.43.11 ua/2.1 os/linux#6.18.44-fc-v782 md/arch#x86_64 lang/python#3.11.7 md/pyimpl#CPython m/b,Z,N,D,g cfg/retry-mode#legacy botocore/1.43.11\n"
            + "X-Amz-Date: 20261124T122910Z\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKIDGATEWAYEXAMPLE01/20261124/us-east-1/ec2/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=3dae0a95c69bdee51b43f5f60bdb488df5494036083b9e2ae18bb4a96e094edc\n"
            + "amz-sdk-invocation-id: ba45e2c5-6c94-43f4-bd02-ca6f66710e5e\n"
            + "amz-sdk-request: attempt=1\n"
            + "Content-Length: 56\n"
            + "\nAction=DescribeKeyPairs&Version=2016-11-15&KeyName.1=kp1";

    /** boto3 with signature_version='v2' (botocore's SigV2Auth, HmacSHA256): Host with the port. */
    static final String BOTOCORE_SIGV2_DESCRIBE_KEY_PAIRS =
            "POST /awsapi HTTP/1.1\n"
            + "Host: 127.0.0.1:7080\n"
            + "Accept-Encoding: identity\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\n"
            + "User-Agent: Boto3/1.26.27 Python/3.11.2 Linux/6.18.44-fc-v782 awscrt/1.0.0.dev0 Botocore/1.29.27\n"
            + "amz-sdk-invocation-id: f574e5df-cab6-4d8e-b16d-81f6f8d720c9\n"
            + "amz-sdk-request: attempt=1\n"
            + "Content-Length: 234\n"
            + "\nAction=DescribeKeyPairs&Version=2016-11-15&KeyName.1=kp1&AWSAccessKeyId=AKIDGATEWAYEXAMPLE01&SignatureVersion=2&SignatureMethod=HmacSHA256&Timestamp=2026-11-24T03%3A51%3A45Z&Signature=majMBhO%2BYY5RqyII9xLzT7y3Q4pCqE2FFj0%2FlePyFJ4%3D";

    /** botocore SigV2: reserved and non-ASCII characters, '+' for spaces in the body. */
    static final String BOTOCORE_SIGV2_CREATE_SECURITY_GROUP =
            "POST /awsapi HTTP/1.1\n"
            + "Host: 127.0.0.1:7080\n"
            + "Accept-Encoding: identity\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\n"
            + "User-Agent: Boto3/1.26.27 Python/3.11.2 Linux/6.18.44-fc-v782 awscrt/1.0.0.dev0 Botocore/1.29.27\n"
            + "amz-sdk-invocation-id: 9e116fe0-4afa-40ba-9433-39e92aae25c2\n"
            + "amz-sdk-request: attempt=1\n"
            + "Content-Length: 295\n"
            + "\nAction=CreateSecurityGroup&Version=2016-11-15&GroupName=web&GroupDescription=web+servers%3A+a%2Fb+%26+c~d%2Ae+%C3%A9%2B&AWSAccessKeyId=AKIDGATEWAYEXAMPLE01&SignatureVersion=2&SignatureMethod=HmacSHA256&Timestamp=2026-11-24T03%3A51%3A45Z&Signature=u%2BGwCZjWK7rgX9O9bBAiIQOHIUH3qMSe2JlNeTqyEXY%3D";

    /** boto 2.49.0 forced to SigV2 (auth capability 'ec2'), HmacSHA256: Host without the port. */
    static final String BOTO2_SIGV2_DESCRIBE_KEY_PAIRS =
            "POST /awsapi/ HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: Boto/2.49.0 Python/3.11.2 Linux/6.18.44-fc-v782\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\n"
            + "Content-Length: 230\n"
            + "Host: 127.0.0.1\n"
            + "\nAWSAccessKeyId=AKIDGATEWAYEXAMPLE01&Action=DescribeKeyPairs&KeyName.1=kp1&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2026-11-24T03%3A51%3A45Z&Version=2014-10-01&Signature=KM9F4kWUyP3ObWydmRhoZVXtxITS1O49aAVrAUafKaw%3D";

    /** boto 2 SigV2 GET, parameters in the query string. */
    static final String BOTO2_SIGV2_REBOOT_INSTANCES =
            "GET /awsapi/?AWSAccessKeyId=AKIDGATEWAYEXAMPLE01&Action=RebootInstances&InstanceId.1=i-1&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2026-11-24T03%3A51%3A45Z&Version=2014-10-01&Signature=K9tFZ%2Fo8jyEV9ii1kqqHBY8lXB8R0zNx5rGuW7lFdQw%3D HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: Boto/2.49.0 Python/3.11.2 Linux/6.18.44-fc-v782\n"
            + "Content-Length: 0\n"
            + "Host: 127.0.0.1\n"
            + "\n";

    /** boto 2 SigV2 with HmacSHA1 (its fallback when SHA-256 is unavailable). */
    static final String BOTO2_SIGV2_SHA1_DESCRIBE_KEY_PAIRS =
            "POST /awsapi/ HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: Boto/2.49.0 Python/3.11.2 Linux/6.18.44-fc-v782\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\n"
            + "Content-Length: 218\n"
            + "Host: 127.0.0.1\n"
            + "\nAWSAccessKeyId=AKIDGATEWAYEXAMPLE01&Action=DescribeKeyPairs&KeyName.1=kp1&SignatureMethod=HmacSHA1&SignatureVersion=2&Timestamp=2026-11-24T03%3A51%3A45Z&Version=2014-10-01&Signature=kyEZnqw7Y%2Fgm%2BPCg%2Brzm1uBAyfI%3D";

    /** boto 2 SigV2 HmacSHA1 GET. */
    static final String BOTO2_SIGV2_SHA1_REBOOT_INSTANCES =
            "GET /awsapi/?AWSAccessKeyId=AKIDGATEWAYEXAMPLE01&Action=RebootInstances&InstanceId.1=i-1&SignatureMethod=HmacSHA1&SignatureVersion=2&Timestamp=2026-11-24T03%3A51%3A45Z&Version=2014-10-01&Signature=73eOeDEI6jYkJo5uT5PZnSS19sU%3D HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: Boto/2.49.0 Python/3.11.2 Linux/6.18.44-fc-v782\n"
            + "Content-Length: 0\n"
            + "Host: 127.0.0.1\n"
            + "\n";

    /** boto 2 SigV2: reserved and non-ASCII characters, '%20' for spaces. */
    static final String BOTO2_SIGV2_CREATE_SECURITY_GROUP =
            "POST /awsapi/ HTTP/1.1\n"
            + "Accept-Encoding: identity\n"
            + "User-Agent: Boto/2.49.0 Python/3.11.2 Linux/6.18.44-fc-v782\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\n"
            + "Content-Length: 307\n"
            + "Host: 127.0.0.1\n"
            + "\nAWSAccessKeyId=AKIDGATEWAYEXAMPLE01&Action=CreateSecurityGroup&GroupDescription=web%20servers%3A%20a%2Fb%20%26%20c~d%2Ae%20%C3%A9%2B&GroupName=web&SignatureMethod=HmacSHA256&SignatureVersion=2&Timestamp=2026-11-24T03%3A51%3A45Z&Version=2014-10-01&Signature=OV5O0GttRtC1BU%2F7GzPAPBLu5LSJL1rHBlM89E%2FeJwQ%3D";

    /** SigV2 with Expires (2026-11-24T04:00:00Z) instead of Timestamp, signed with Python's hmac module (no client sends Expires). */
    static final String SIGV2_EXPIRES_DESCRIBE_KEY_PAIRS =
            "GET /awsapi?AWSAccessKeyId=AKIDGATEWAYEXAMPLE01&Action=DescribeKeyPairs&Expires=2026-11-24T04%3A00%3A00Z&KeyName.1=kp1&SignatureMethod=HmacSHA256&SignatureVersion=2&Version=2014-10-01&Signature=wT1YspvrnwOAUR3e3DiPTW2m0fX6fCS9JotpPRFwPAo%3D HTTP/1.1\n"
            + "Host: 127.0.0.1:7080\n"
            + "\n";

    /**
     * botocore's S3SigV4QueryAuth (presigned, payload signed as UNSIGNED-PAYLOAD) on a GET, with the
     * header that declares it, {@code x-amz-content-sha256: UNSIGNED-PAYLOAD}, added unsigned.
     */
    static final String BOTOCORE_PRESIGNED_UNSIGNED_PAYLOAD =
            "GET /awsapi?Action=DescribeRegions&Version=2016-11-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIDGATEWAYEXAMPLE01%2F20261124%2Fus-east-1%2Fec2%2Faws4_request"
            + "&X-Amz-Date=20261124T035145Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=76cadc67dadc2bf224067cd39d21a9707a2931e2571c369d5c1eeeee68d9939d HTTP/1.1\n"
            + "Host: 127.0.0.1:7080\n"
            + "x-amz-content-sha256: UNSIGNED-PAYLOAD\n"
            + "\n";

    private ClientRequests() {
    }
}
