package dev.ec2gateway.gateway.auth;

import dev.ec2gateway.ec2.Ec2Error;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds how a request is signed: the Authorization header first, then a presigned query string,
 * then SigV2 parameters.
 */
final class SignatureClaims {

    private SignatureClaims() {
    }

    static SignatureClaim read(SignedRequest request) {
        Optional<String> authorization = request.header("authorization").filter(value -> !value.isBlank());
        if (authorization.isPresent()) {
            return SigV4Claim.fromHeader(AuthorizationHeader.parse(authorization.get()), request);
        }
        List<QueryParam> query = QueryParam.parse(request.rawQuery());
        if (QueryParam.first(query, SigV4Claim.ALGORITHM_PARAM) != null
                || QueryParam.first(query, SigV4Claim.CREDENTIAL_PARAM) != null
                || QueryParam.first(query, SigV4Claim.SIGNATURE_PARAM) != null) {
            return SigV4Claim.fromQuery(query);
        }
        Map<String, String> params = request.params();
        if (params.containsKey(SigV2Claim.ACCESS_KEY_PARAM) || params.containsKey(SigV2Claim.SIGNATURE_PARAM)
                || params.containsKey(SigV2Claim.VERSION_PARAM) || params.containsKey(SigV2Claim.METHOD_PARAM)) {
            return SigV2Claim.fromParams(params);
        }
        throw Ec2Error.MISSING_PARAMETER.with(SigV2Claim.ACCESS_KEY_PARAM);
    }
}
