import { isHeaderLine, parseFlowFormat, splitFlowLine } from './vpcflow-format.parser';

describe('vpcflow format parser', () => {
  describe(splitFlowLine.name, () => {
    it('should split on single spaces', () => {
      expect(splitFlowLine('2 123 eni-1 ACCEPT OK')).toEqual(['2', '123', 'eni-1', 'ACCEPT', 'OK']);
    });

    it('should ignore doubled, leading and trailing spaces when a line was hand-edited', () => {
      expect(splitFlowLine('  3  vpc-1\teni-2 ')).toEqual(['3', 'vpc-1', 'eni-2']);
    });

    it('should return no values for a blank line', () => {
      expect(splitFlowLine('   ')).toEqual([]);
    });
  });

  describe(parseFlowFormat.name, () => {
    it('should read the ${field} syntax of the AWS console', () => {
      const sut = parseFlowFormat('${version} ${account-id} ${srcaddr}');

      expect(sut?.names).toEqual(['version', 'account-id', 'srcaddr']);
      expect(sut?.columns.get('srcaddr')).toBe(2);
    });

    it('should read bare names and Security Lake snake_case names alike', () => {
      expect(parseFlowFormat('version pkt_srcaddr Flow-Direction')?.names).toEqual([
        'version',
        'pkt-srcaddr',
        'flow-direction',
      ]);
    });

    it('should return undefined when the format is empty', () => {
      expect(parseFlowFormat('  ')).toBeUndefined();
    });
  });

  describe(isHeaderLine.name, () => {
    it('should recognise the header line S3 delivery writes', () => {
      expect(isHeaderLine(splitFlowLine('version account-id interface-id srcaddr'))).toBe(true);
    });

    it('should not take a record for a header', () => {
      expect(isHeaderLine(splitFlowLine('2 123456789010 eni-1 10.0.0.1'))).toBe(false);
    });

    it('should not take a line with unknown words for a header', () => {
      expect(isHeaderLine(splitFlowLine('version account-id hello'))).toBe(false);
    });
  });
});
